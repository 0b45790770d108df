// Which actions a connection's status allows, and why not. The console disables an action and says why
// instead of hiding it, and the reasons match what the API would answer (VPN.0306, VPN.0001, VPN.0009).

const editReasons: Partial<Record<string, string>> = {
  PENDING_CREATE: 'It is still being created; you can edit it once it shows Active or Not connected.',
  PENDING_UPDATE:
    'A change is being applied right now (Updating); the API refuses another one until it finishes (VPN.0306). Wait a moment.',
  PENDING_DELETE: 'It is being deleted.',
  FREEZED: 'It is frozen by the cloud (billing or a security hold); no change is possible until it is unfrozen.',
};

const deleteReasons: Partial<Record<string, string>> = {
  FREEZED: 'Frozen connections cannot be deleted (the API refuses with VPN.0001); have it unfrozen first.',
  PENDING_DELETE: 'It is already being deleted.',
};

/** Why the connection cannot be edited now, or null when it can. */
export function editBlockedReason(status: string | undefined): string | null {
  return editReasons[status ?? 'UNKNOWN'] ?? null;
}

/** Why the connection cannot be deleted now, or null when it can. */
export function deleteBlockedReason(status: string | undefined): string | null {
  return deleteReasons[status ?? 'UNKNOWN'] ?? null;
}
