import { v5Paths } from '@contract/api-paths';
import type { CreateVpnGateway } from '@contract/vpn-gateway-requests';
import { vpnGatewayResponseSchema, type VpnGateway } from '@contract/vpn-gateway';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';

/** POST /v5/{project_id}/vpn-gateways; resolves to the new gateway (the create response has no status). */
export async function createVpnGateway(gateway: CreateVpnGateway): Promise<VpnGateway> {
  const body = await apiRequest({
    path: (p) => v5Paths.vpnGateways(p),
    method: 'POST',
    body: { vpn_gateway: gateway },
    schema: vpnGatewayResponseSchema,
  });
  return body.vpn_gateway;
}

/** Creates a gateway and seeds its detail cache as PENDING_CREATE, so the detail page polls fast at once. */
export function useCreateVpnGateway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVpnGateway,
    onSuccess: (gateway) => {
      // The create response documents no status; a gateway that was just created is being created.
      queryClient.setQueryData(vpnGatewayQueries.detail(gateway.id).queryKey, { ...gateway, status: gateway.status ?? 'PENDING_CREATE' });
      void queryClient.invalidateQueries({ queryKey: vpnGatewayQueries.lists() });
    },
  });
}
