import { classicPaths, type ClassicCollection } from '@contract/classic/classic-paths';
import { classicTenantIdForToken } from '@contract/classic/classic-tenant';
import { ikePolicyListResponseSchema, ipsecPolicyListResponseSchema } from '@contract/classic/classic-policies';
import {
  endpointGroupListResponseSchema,
  routerListResponseSchema,
  subnetListResponseSchema,
  vpnServiceListResponseSchema,
  type VpnService,
} from '@contract/classic/classic-resources';
import {
  ipsecSiteConnectionListResponseSchema,
  ipsecSiteConnectionResponseSchema,
  type IpsecSiteConnection,
} from '@contract/classic/ipsec-site-connection';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { apiScope, getConnectionSettings } from '@/lib/connection-settings';
import { pollWhileTransitional } from '@/lib/polling';

function get<S extends z.ZodType>(path: string, schema: S, signal: AbortSignal): Promise<z.output<S>> {
  return apiRequest({ path: () => path, schema, signal });
}

/**
 * Query keys and options of the classic (v2.0) objects. The classic API takes its project from the token, so
 * besides the API base and project (apiScope) the keys carry a hash of the token: another token, other data.
 */
export const classicQueries = {
  all: () => ['classic-vpn', ...apiScope(), classicTenantIdForToken(getConnectionSettings().token)] as const,
  lists: (kind: ClassicCollection) => [...classicQueries.all(), kind, 'list'] as const,
  connections: () =>
    queryOptions({
      queryKey: classicQueries.lists('connections'),
      queryFn: async ({ signal }) => (await get(classicPaths.ipsecSiteConnections(), ipsecSiteConnectionListResponseSchema, signal)).ipsec_site_connections,
      refetchInterval: pollWhileTransitional((list: IpsecSiteConnection[]) => list.map((c) => c.status)),
    }),
  details: () => [...classicQueries.all(), 'connections', 'detail'] as const,
  connection: (id: string) =>
    queryOptions({
      queryKey: [...classicQueries.details(), id] as const,
      queryFn: async ({ signal }) => (await get(classicPaths.ipsecSiteConnection(id), ipsecSiteConnectionResponseSchema, signal)).ipsec_site_connection,
      refetchInterval: pollWhileTransitional((c: IpsecSiteConnection) => [c.status]),
    }),
  ikePolicies: () =>
    queryOptions({
      queryKey: classicQueries.lists('ikePolicies'),
      queryFn: async ({ signal }) => (await get(classicPaths.ikePolicies(), ikePolicyListResponseSchema, signal)).ikepolicies,
    }),
  ipsecPolicies: () =>
    queryOptions({
      queryKey: classicQueries.lists('ipsecPolicies'),
      queryFn: async ({ signal }) => (await get(classicPaths.ipsecPolicies(), ipsecPolicyListResponseSchema, signal)).ipsecpolicies,
    }),
  vpnServices: () =>
    queryOptions({
      queryKey: classicQueries.lists('vpnServices'),
      queryFn: async ({ signal }) => (await get(classicPaths.vpnServices(), vpnServiceListResponseSchema, signal)).vpnservices,
      refetchInterval: pollWhileTransitional((list: VpnService[]) => list.map((s) => s.status)),
    }),
  endpointGroups: () =>
    queryOptions({
      queryKey: classicQueries.lists('endpointGroups'),
      queryFn: async ({ signal }) => (await get(classicPaths.endpointGroups(), endpointGroupListResponseSchema, signal)).endpoint_groups,
    }),
  // VPCs and subnets change rarely and are read-only here.
  routers: () =>
    queryOptions({
      queryKey: [...classicQueries.all(), 'routers'] as const,
      queryFn: async ({ signal }) => (await get(classicPaths.routers(), routerListResponseSchema, signal)).routers,
      staleTime: 300_000,
    }),
  subnets: () =>
    queryOptions({
      queryKey: [...classicQueries.all(), 'subnets'] as const,
      queryFn: async ({ signal }) => (await get(classicPaths.subnets(), subnetListResponseSchema, signal)).subnets,
      staleTime: 300_000,
    }),
};
