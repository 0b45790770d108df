import { v5Paths } from '@contract/api-paths';
import {
  customerGatewayListResponseSchema,
  customerGatewayResponseSchema,
  type CustomerGateway,
} from '@contract/customer-gateway';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { CUSTOMER_GATEWAY_PAGE_SIZE } from '@/config/list-paging';
import { apiScope } from '@/lib/connection-settings';

const MAX_PAGES = 100;

async function fetchAllCustomerGateways(signal: AbortSignal): Promise<CustomerGateway[]> {
  const all: CustomerGateway[] = [];
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const body = await apiRequest({
      path: (p) => v5Paths.customerGateways(p),
      query: { limit: CUSTOMER_GATEWAY_PAGE_SIZE, marker },
      schema: customerGatewayListResponseSchema,
      signal,
    });
    all.push(...body.customer_gateways);
    const count = body.page_info?.current_count ?? body.customer_gateways.length;
    const next = body.page_info?.next_marker;
    if (count < CUSTOMER_GATEWAY_PAGE_SIZE || !next || next === marker) break;
    marker = next;
  }
  return all;
}

/** Query keys and options for customer gateways; they have no status, so no fast polling. */
export const customerGatewayQueries = {
  all: () => ['customer-gateways', ...apiScope()] as const,
  lists: () => [...customerGatewayQueries.all(), 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: [...customerGatewayQueries.lists(), {}] as const,
      queryFn: ({ signal }) => fetchAllCustomerGateways(signal),
      staleTime: 60_000,
    }),
  details: () => [...customerGatewayQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...customerGatewayQueries.details(), id] as const,
      queryFn: async ({ signal }) => {
        const body = await apiRequest({
          path: (p) => v5Paths.customerGateway(p, id),
          schema: customerGatewayResponseSchema,
          signal,
        });
        return body.customer_gateway;
      },
      staleTime: 60_000,
    }),
};
