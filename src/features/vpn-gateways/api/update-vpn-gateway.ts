import { v5Paths } from '@contract/api-paths';
import type { updateVpnGatewaySchema } from '@contract/vpn-gateway-requests';
import { vpnGatewayResponseSchema, type VpnGateway } from '@contract/vpn-gateway';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';

export type UpdateVpnGateway = z.output<typeof updateVpnGatewaySchema>;

/** PUT /v5/{project_id}/vpn-gateways/{id}: name, local subnets, EIPs. */
export async function updateVpnGateway(id: string, changes: UpdateVpnGateway): Promise<VpnGateway> {
  const body = await apiRequest({
    path: (p) => v5Paths.vpnGateway(p, id),
    method: 'PUT',
    body: { vpn_gateway: changes },
    schema: vpnGatewayResponseSchema,
  });
  return body.vpn_gateway;
}

/**
 * Updates a gateway. The update response has no status, so the detail is refetched rather than replaced:
 * that shows PENDING_UPDATE (and polls fast) when the change takes a while.
 */
export function useUpdateVpnGateway(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateVpnGateway) => updateVpnGateway(id, changes),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: vpnGatewayQueries.detail(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: vpnGatewayQueries.lists() });
    },
  });
}
