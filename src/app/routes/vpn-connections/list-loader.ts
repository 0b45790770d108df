import type { QueryClient } from '@tanstack/react-query';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';

/**
 * Starts the list's requests while the page's code is still loading, so the first connections arrive sooner.
 * Not awaited: the page renders as data streams in. The query factories are in the start-up bundle on purpose:
 * importing them on demand would make the first request wait for their chunks.
 */
export function prefetchConnectionList(queryClient: QueryClient, vgw: string | undefined): void {
  void queryClient.prefetchQuery(vpnConnectionQueries.list(vgw ? { vgw_id: vgw } : {}));
  void queryClient.prefetchQuery(vpnGatewayQueries.list());
  void queryClient.prefetchQuery(customerGatewayQueries.list());
}
