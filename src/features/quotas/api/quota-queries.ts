import { v5Paths } from '@contract/api-paths';
import { QUOTA_TYPES, quotasResponseSchema } from '@contract/quotas-tags';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { apiScope } from '@/lib/connection-settings';

export type QuotaType = (typeof QUOTA_TYPES)[number];

export interface QuotaUsage {
  quota: number;
  used: number;
}

export type QuotaUsages = Partial<Record<QuotaType, QuotaUsage>>;

/** Query keys and options for GET /v5/{project_id}/vpn/quotas. */
export const quotaQueries = {
  all: () => ['vpn-quotas', ...apiScope()] as const,
  usage: () =>
    queryOptions({
      queryKey: [...quotaQueries.all(), 'usage'] as const,
      queryFn: async ({ signal }): Promise<QuotaUsages> => {
        const body = await apiRequest({ path: (p) => v5Paths.quotas(p), schema: quotasResponseSchema, signal });
        const known = new Set<string>(QUOTA_TYPES);
        return Object.fromEntries(
          body.quotas.resources.filter((r) => known.has(r.type)).map((r) => [r.type, { quota: r.quota, used: r.used }]),
        );
      },
      // Used counts change with every create and delete; refetch whenever a page with a quota bar opens.
      staleTime: 0,
    }),
};
