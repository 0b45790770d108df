import { v5Paths } from '@contract/api-paths';
import {
  vpnConnectionListResponseSchema,
  vpnConnectionResponseSchema,
  type VpnConnection,
} from '@contract/vpn-connection';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { apiScope } from '@/lib/connection-settings';
import { pollWhileTransitional } from '@/lib/polling';

/** Server-side filters the v5 list supports. */
export interface VpnConnectionFilters {
  vgw_id?: string;
}

export interface VpnConnectionListData {
  vpnConnections: VpnConnection[];
  /** total_count as the API reports it (may differ from what a filter returns). */
  totalCount: number;
}

// 200 is the maximum in every documented version of the API (older pages cap limit at 200, newer at 2000).
export const VPN_CONNECTION_PAGE_SIZE = 200;
const MAX_PAGES = 100;

async function fetchAllVpnConnections(filters: VpnConnectionFilters, signal: AbortSignal): Promise<VpnConnectionListData> {
  const vpnConnections: VpnConnection[] = [];
  let marker: string | undefined;
  let totalCount = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const body = await apiRequest({
      path: (p) => v5Paths.vpnConnections(p),
      query: { ...filters, limit: VPN_CONNECTION_PAGE_SIZE, marker },
      schema: vpnConnectionListResponseSchema,
      signal,
    });
    vpnConnections.push(...body.vpn_connections);
    totalCount = body.total_count ?? vpnConnections.length;
    const count = body.page_info?.current_count ?? body.vpn_connections.length;
    const next = body.page_info?.next_marker;
    // current_count < limit marks the last page; a missing or repeated marker would loop forever.
    if (count < VPN_CONNECTION_PAGE_SIZE || !next || next === marker) break;
    marker = next;
  }
  return { vpnConnections, totalCount };
}

const statusesOfList = (data: VpnConnectionListData) => data.vpnConnections.map((c) => c.status);

/** Query keys and options for VPN connections; keys carry the API base and project (apiScope). */
export const vpnConnectionQueries = {
  all: () => ['vpn-connections', ...apiScope()] as const,
  lists: () => [...vpnConnectionQueries.all(), 'list'] as const,
  list: (filters: VpnConnectionFilters = {}) =>
    queryOptions({
      queryKey: [...vpnConnectionQueries.lists(), filters] as const,
      queryFn: ({ signal }) => fetchAllVpnConnections(filters, signal),
      refetchInterval: pollWhileTransitional(statusesOfList),
    }),
  details: () => [...vpnConnectionQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...vpnConnectionQueries.details(), id] as const,
      queryFn: async ({ signal }) => {
        const body = await apiRequest({
          path: (p) => v5Paths.vpnConnection(p, id),
          schema: vpnConnectionResponseSchema,
          signal,
        });
        return body.vpn_connection;
      },
      refetchInterval: pollWhileTransitional((c: VpnConnection) => [c.status]),
    }),
};
