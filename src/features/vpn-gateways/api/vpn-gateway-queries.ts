import { v5Paths } from '@contract/api-paths';
import { vpnGatewayListResponseSchema, vpnGatewayResponseSchema, type VpnGateway } from '@contract/vpn-gateway';
import { availabilityZonesResponseSchema } from '@contract/vpn-gateway-requests';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { apiScope } from '@/lib/connection-settings';
import { pollWhileTransitional } from '@/lib/polling';

/** Query keys and options for VPN gateways (the v5 gateway list has no paging). */
export const vpnGatewayQueries = {
  all: () => ['vpn-gateways', ...apiScope()] as const,
  lists: () => [...vpnGatewayQueries.all(), 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: [...vpnGatewayQueries.lists(), {}] as const,
      queryFn: async ({ signal }) => {
        const body = await apiRequest({ path: (p) => v5Paths.vpnGateways(p), schema: vpnGatewayListResponseSchema, signal });
        return body.vpn_gateways;
      },
      staleTime: 60_000,
      refetchInterval: pollWhileTransitional((gateways: VpnGateway[]) => gateways.map((g) => g.status)),
    }),
  details: () => [...vpnGatewayQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...vpnGatewayQueries.details(), id] as const,
      queryFn: async ({ signal }) => {
        const body = await apiRequest({ path: (p) => v5Paths.vpnGateway(p, id), schema: vpnGatewayResponseSchema, signal });
        return body.vpn_gateway;
      },
      refetchInterval: pollWhileTransitional((g: VpnGateway) => [g.status]),
    }),
  /** Zones per flavor (lower-case keys: basic, professional1, …) and attachment type; they rarely change. */
  availabilityZones: () =>
    queryOptions({
      queryKey: [...vpnGatewayQueries.all(), 'availability-zones'] as const,
      queryFn: async ({ signal }) => {
        const body = await apiRequest({
          path: (p) => v5Paths.vpnGatewayAvailabilityZones(p),
          schema: availabilityZonesResponseSchema,
          signal,
        });
        return body.availability_zones;
      },
      staleTime: 10 * 60_000,
    }),
};
