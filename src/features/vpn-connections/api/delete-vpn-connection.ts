import { v5Paths } from '@contract/api-paths';
import { vpnConnectionResponseSchema, type VpnConnection } from '@contract/vpn-connection';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  vpnConnectionQueries,
  type VpnConnectionListData,
} from '@/features/vpn-connections/api/vpn-connection-queries';
import { apiRequest, apiRequestNoContent } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';

const WATCH_INTERVAL_MS = 1_000;
const WATCH_LIMIT_MS = 10 * 60_000;

function patchLists(queryClient: QueryClient, change: (list: VpnConnection[]) => VpnConnection[]): void {
  queryClient.setQueriesData<VpnConnectionListData>({ queryKey: vpnConnectionQueries.lists() }, (old) =>
    old ? { ...old, vpnConnections: change(old.vpnConnections) } : old,
  );
}

/** Shows the connection as Deleting everywhere it is cached (the API has accepted the delete). */
export function markDeleting(queryClient: QueryClient, id: string): void {
  patchLists(queryClient, (list) => list.map((c) => (c.id === id ? { ...c, status: 'PENDING_DELETE' } : c)));
  queryClient.setQueryData<VpnConnection>(vpnConnectionQueries.detail(id).queryKey, (old) =>
    old ? { ...old, status: 'PENDING_DELETE' } : old,
  );
}

/** Drops a connection the API reports gone (404) from every list. */
export function forgetConnection(queryClient: QueryClient, id: string): void {
  patchLists(queryClient, (list) => list.filter((c) => c.id !== id));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls GET /vpn-connection/{id} until it answers 404, then removes the row from the lists. Resolves
 * true when gone, false when it gave up (still there after ten minutes, or another error).
 */
export async function waitUntilGone(queryClient: QueryClient, id: string): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < WATCH_LIMIT_MS) {
    await pause(WATCH_INTERVAL_MS);
    try {
      await apiRequest({ path: (p) => v5Paths.vpnConnection(p, id), schema: vpnConnectionResponseSchema });
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        forgetConnection(queryClient, id);
        return true;
      }
      if (!isApiError(error) || error.kind !== 'network') return false;
    }
  }
  return false;
}

/** DELETE /v5/{project_id}/vpn-connection/{id} (204); the connection then passes through PENDING_DELETE. */
export async function requestVpnConnectionDelete(id: string): Promise<void> {
  await apiRequestNoContent({ path: (p) => v5Paths.vpnConnection(p, id), method: 'DELETE' });
}

/**
 * Deletes one connection: marks it Deleting once the API accepts, then watches it until the API reports it
 * gone (the watch outlives the page that started it). Resolves when the delete is accepted.
 */
export function useDeleteVpnConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestVpnConnectionDelete,
    onSuccess: (_data, id) => {
      markDeleting(queryClient, id);
      void waitUntilGone(queryClient, id);
    },
  });
}
