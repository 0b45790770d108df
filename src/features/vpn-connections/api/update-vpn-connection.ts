import { v5Paths } from '@contract/api-paths';
import { vpnConnectionResponseSchema, type UpdateVpnConnection, type VpnConnection } from '@contract/vpn-connection';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { apiRequest } from '@/lib/api-client';

/** PUT /v5/{project_id}/vpn-connection/{id} with only the changed fields; resolves to the response object. */
export async function updateVpnConnection(id: string, changes: UpdateVpnConnection): Promise<VpnConnection> {
  const body = await apiRequest({
    path: (p) => v5Paths.vpnConnection(p, id),
    method: 'PUT',
    body: { vpn_connection: changes },
    schema: vpnConnectionResponseSchema,
  });
  return body.vpn_connection;
}

/** What a save produced: the API accepted the change; the read-back may still fail on its own. */
export interface UpdateResult {
  sent: UpdateVpnConnection;
  /** The connection as read after the update (undefined when the read failed). */
  reread: VpnConnection | undefined;
  rereadError?: unknown;
}

/**
 * Updates a connection, then reads it back (the update response has no status, and a read after the write is
 * what shows whether the cloud applied every field as sent).
 */
export function useUpdateVpnConnection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: UpdateVpnConnection): Promise<UpdateResult> => {
      await updateVpnConnection(id, changes);
      try {
        const reread = await queryClient.fetchQuery({ ...vpnConnectionQueries.detail(id), staleTime: 0 });
        return { sent: changes, reread };
      } catch (rereadError) {
        return { sent: changes, reread: undefined, rereadError };
      }
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: vpnConnectionQueries.lists() }),
  });
}
