import { v5Paths } from '@contract/api-paths';
import { vpnConnectionResponseSchema, type CreateVpnConnection, type VpnConnection } from '@contract/vpn-connection';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';

/** POST /v5/{project_id}/vpn-connection with the validated body; resolves to the new connection. */
export async function createVpnConnection(connection: CreateVpnConnection): Promise<VpnConnection> {
  const body = await apiRequest({
    path: (p) => v5Paths.vpnConnections(p),
    method: 'POST',
    body: { vpn_connection: connection },
    schema: vpnConnectionResponseSchema,
  });
  // The create response has no status in the docs; the connection is being created, so the detail page
  // starts from PENDING_CREATE and polls fast until it settles.
  return { ...body.vpn_connection, status: body.vpn_connection.status ?? 'PENDING_CREATE' };
}

/** Creates a connection, seeds its detail cache and refreshes every connection list. */
export function useCreateVpnConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVpnConnection,
    onSuccess: (connection) => {
      queryClient.setQueryData(vpnConnectionQueries.detail(connection.id).queryKey, connection);
      void queryClient.invalidateQueries({ queryKey: vpnConnectionQueries.lists() });
    },
  });
}
