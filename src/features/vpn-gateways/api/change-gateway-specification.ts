import { v5Paths } from '@contract/api-paths';
import type { GatewayFlavor } from '@contract/vpn-gateway-requests';
import { vpnGatewayResponseSchema, type VpnGateway } from '@contract/vpn-gateway';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';

/** POST /v5/{project_id}/vpn-gateways/{id}/update-specification. */
export async function changeGatewaySpecification(id: string, flavor: GatewayFlavor): Promise<VpnGateway> {
  const body = await apiRequest({
    path: (p) => v5Paths.vpnGatewaySpecification(p, id),
    method: 'POST',
    body: { vpn_gateway: { flavor } },
    schema: vpnGatewayResponseSchema,
  });
  return body.vpn_gateway;
}

/** Changes the flavor; the gateway then shows PENDING_UPDATE until the change is done. */
export function useChangeGatewaySpecification(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flavor: GatewayFlavor) => changeGatewaySpecification(id, flavor),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: vpnGatewayQueries.detail(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: vpnGatewayQueries.lists() });
    },
  });
}
