import { v5Paths } from '@contract/api-paths';
import { connectionLogResponseSchema } from '@contract/quotas-tags';
import {
  vpnConnectionListResponseSchema,
  vpnConnectionResponseSchema,
  type VpnConnection,
} from '@contract/vpn-connection';
import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { apiScope } from '@/lib/connection-settings';
import { pollWhileTransitional } from '@/lib/polling';
import { FIRST_PAGE_SIZE, VPN_CONNECTION_PAGE_SIZE } from '@/config/list-paging';

/** Server-side filters the v5 list supports. */
export interface VpnConnectionFilters {
  vgw_id?: string;
}

export interface VpnConnectionListData {
  vpnConnections: VpnConnection[];
  /** total_count as the API reports it (may differ from what a filter returns). */
  totalCount: number;
  /** false while later pages of the first load are still arriving. */
  complete: boolean;
}

const MAX_PAGES = 100;
// After the first page (shown at once), pages are handed over in batches so a 10,000-row first load
// re-renders the table a handful of times rather than fifty.
const BATCH_ROWS = 2_000;

interface ListChunk {
  items: VpnConnection[];
  totalCount: number;
  complete: boolean;
}

async function* streamAllVpnConnections(filters: VpnConnectionFilters, signal: AbortSignal): AsyncGenerator<ListChunk> {
  let marker: string | undefined;
  let pending: VpnConnection[] = [];
  let fetched = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const limit = page === 0 ? FIRST_PAGE_SIZE : VPN_CONNECTION_PAGE_SIZE;
    const body = await apiRequest({
      path: (p) => v5Paths.vpnConnections(p),
      query: { ...filters, limit, marker },
      schema: vpnConnectionListResponseSchema,
      signal,
    });
    pending = pending.concat(body.vpn_connections);
    fetched += body.vpn_connections.length;
    const totalCount = body.total_count ?? fetched;
    const count = body.page_info?.current_count ?? body.vpn_connections.length;
    const next = body.page_info?.next_marker;
    // current_count < limit marks the last page; a missing or repeated marker would loop forever.
    const last = count < limit || !next || next === marker || page === MAX_PAGES - 1;
    if (last || page === 0 || pending.length >= BATCH_ROWS) {
      yield { items: pending, totalCount, complete: last };
      pending = [];
    }
    if (last) return;
    marker = next;
  }
}

const emptyList: VpnConnectionListData = { vpnConnections: [], totalCount: 0, complete: false };

const statusesOfList = (data: VpnConnectionListData) => data.vpnConnections.map((c) => c.status);

/** Query keys and options for VPN connections; keys carry the API base and project (apiScope). */
export const vpnConnectionQueries = {
  all: () => ['vpn-connections', ...apiScope()] as const,
  lists: () => [...vpnConnectionQueries.all(), 'list'] as const,
  /**
   * Every page through limit/marker. The first load streams (rows appear after the first page); a poll
   * replaces the data once all pages are in, and structural sharing keeps unchanged rows identical.
   */
  list: (filters: VpnConnectionFilters = {}) =>
    queryOptions({
      queryKey: [...vpnConnectionQueries.lists(), filters] as const,
      queryFn: streamedQuery<ListChunk, VpnConnectionListData>({
        streamFn: ({ signal }) => streamAllVpnConnections(filters, signal),
        refetchMode: 'replace',
        initialValue: emptyList,
        reducer: (acc, chunk) => ({
          vpnConnections: acc.vpnConnections.length === 0 ? chunk.items : acc.vpnConnections.concat(chunk.items),
          totalCount: chunk.totalCount,
          complete: chunk.complete,
        }),
      }),
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
  /** The gateway's last IKE/IPsec negotiation lines (newer gateways only: VPN.0304 otherwise). */
  logs: (id: string) =>
    queryOptions({
      queryKey: [...vpnConnectionQueries.details(), id, 'logs'] as const,
      queryFn: async ({ signal }) => {
        const body = await apiRequest({
          path: (p) => v5Paths.vpnConnectionLog(p, id),
          schema: connectionLogResponseSchema,
          signal,
        });
        return body.logs;
      },
      staleTime: 15_000,
    }),
};
