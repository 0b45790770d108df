import type { QueryClient } from '@tanstack/react-query';

/**
 * Starts the list's requests while the page's code is still loading (the router runs loaders in parallel
 * with route chunks), so the first connections arrive sooner. Not awaited: the page renders as data streams in.
 * The query factories are imported on demand to keep them out of the start-up bundle.
 */
export async function prefetchConnectionList(queryClient: QueryClient, vgw: string | undefined): Promise<void> {
  const [{ vpnConnectionQueries }, { vpnGatewayQueries }, { customerGatewayQueries }] = await Promise.all([
    import('@/features/vpn-connections/api/vpn-connection-queries'),
    import('@/features/vpn-gateways/api/vpn-gateway-queries'),
    import('@/features/customer-gateways/api/customer-gateway-queries'),
  ]);
  void queryClient.prefetchQuery(vpnConnectionQueries.list(vgw ? { vgw_id: vgw } : {}));
  void queryClient.prefetchQuery(vpnGatewayQueries.list());
  void queryClient.prefetchQuery(customerGatewayQueries.list());
}
