import { badRequest, inUse, notFound } from './classic-errors.ts';
import type { ClassicState, TrackedConnection } from './classic-state.ts';

// Finding objects by id (404 with Neutron's type names) and the "still in use" refusals (409).

export const KINDS = {
  connection: { type: 'IPsecSiteConnectionNotFound', what: 'IPsec site connection' },
  ike: { type: 'IKEPolicyNotFound', what: 'IKE policy' },
  ipsec: { type: 'IPsecPolicyNotFound', what: 'IPsec policy' },
  service: { type: 'VPNServiceNotFound', what: 'VPN service' },
  group: { type: 'VPNEndpointGroupNotFound', what: 'Endpoint group' },
  router: { type: 'RouterNotFound', what: 'Router' },
  subnet: { type: 'SubnetNotFound', what: 'Subnet' },
} as const;
export type Kind = keyof typeof KINDS;

export function findById<T extends { id: string }>(list: readonly T[], id: string, kind: Kind): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw notFound(KINDS[kind].type, KINDS[kind].what, id);
  return found;
}

export function findTracked<T extends { item: { id: string } }>(list: readonly T[], id: string, kind: Kind): T {
  const found = list.find((x) => x.item.id === id);
  if (!found) throw notFound(KINDS[kind].type, KINDS[kind].what, id);
  return found;
}

type RefField = 'ikepolicy_id' | 'ipsecpolicy_id' | 'vpnservice_id' | 'local_ep_group_id' | 'peer_ep_group_id';

/** The connections that reference `id` in one of `fields`. */
export function usersOf(state: ClassicState, id: string, fields: readonly RefField[]): TrackedConnection[] {
  return state.connections.filter((c) => fields.some((f) => c.item[f] === id));
}

/** "classic-hq (851f…), classic-lab (…)" */
export function nameConnections(users: readonly TrackedConnection[]): string {
  return users.map((c) => `${c.item.name || '(no name)'} (${c.item.id})`).join(', ');
}

/** 409 naming the connections that still use the object; `remedy` says what to do instead. */
export function refuseWhileUsed(users: readonly TrackedConnection[], type: string, subject: string, verb: string, remedy: string): void {
  if (users.length === 0) return;
  const count = users.length === 1 ? 'IPsec site connection' : `${users.length} IPsec site connections`;
  throw inUse(type, `${subject} is used by ${count}: ${nameConnections(users)}; it cannot be ${verb} while in use. ${remedy}`);
}

/** A client may send tenant_id, but only its own (the project of the token). */
export function checkTenant(sent: string | undefined, tenant: string): void {
  if (sent !== undefined && sent !== tenant) {
    throw badRequest(`tenant_id ${sent} is not the project of this token (${tenant}); omit tenant_id or send ${tenant}`);
  }
}

export const label = (o: { name?: string; id: string }) => (o.name ? `${o.name} (${o.id})` : o.id);
