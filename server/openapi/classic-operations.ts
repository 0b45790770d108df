import { z } from 'zod';
import { CLASSIC_COLLECTIONS, type ClassicCollection } from '../../contract/classic/classic-paths.ts';
import {
  createIkePolicyRequestSchema,
  createIpsecPolicyRequestSchema,
  ikePolicyListResponseSchema,
  ikePolicyResponseSchema,
  ipsecPolicyListResponseSchema,
  ipsecPolicyResponseSchema,
  updateIkePolicyRequestSchema,
  updateIpsecPolicyRequestSchema,
} from '../../contract/classic/classic-policies.ts';
import {
  createEndpointGroupRequestSchema,
  createVpnServiceRequestSchema,
  endpointGroupListResponseSchema,
  endpointGroupResponseSchema,
  routerListResponseSchema,
  subnetListResponseSchema,
  updateEndpointGroupRequestSchema,
  updateVpnServiceRequestSchema,
  vpnServiceListResponseSchema,
  vpnServiceResponseSchema,
} from '../../contract/classic/classic-resources.ts';
import {
  createIpsecSiteConnectionRequestSchema,
  ipsecSiteConnectionListResponseSchema,
  ipsecSiteConnectionResponseSchema,
  updateIpsecSiteConnectionRequestSchema,
} from '../../contract/classic/ipsec-site-connection.ts';
import { named, type ApiOperation } from './operation.ts';

// Classic VPN v2.0 (Neutron VPNaaS): five collections with the same five operations each, plus two read-only
// network lists. The project comes from the token (or X-Project-Id), so there is no {project_id} in the paths.

const neutronError = named(
  'NeutronError',
  z.object({ NeutronError: z.object({ type: z.string().optional(), message: z.string(), detail: z.string().optional() }) }),
);
const fieldsQuery = z.object({ fields: z.string().optional() });

interface Collection {
  /** Singular noun for summaries and operation ids, e.g. "IpsecSiteConnection". */
  noun: string;
  label: string;
  create: z.ZodType;
  update: z.ZodType;
  one: z.ZodType;
  list: z.ZodType;
}

const collection = (noun: string, label: string, create: z.ZodType, update: z.ZodType, one: z.ZodType, list: z.ZodType): Collection => ({
  noun,
  label,
  create,
  update,
  one,
  list,
});

const COLLECTIONS: Record<ClassicCollection, Collection> = {
  connections: collection(
    'IpsecSiteConnection',
    'IPsec site connection',
    createIpsecSiteConnectionRequestSchema,
    updateIpsecSiteConnectionRequestSchema,
    ipsecSiteConnectionResponseSchema,
    ipsecSiteConnectionListResponseSchema,
  ),
  ikePolicies: collection('IkePolicy', 'IKE policy', createIkePolicyRequestSchema, updateIkePolicyRequestSchema, ikePolicyResponseSchema, ikePolicyListResponseSchema),
  ipsecPolicies: collection(
    'IpsecPolicy',
    'IPsec policy',
    createIpsecPolicyRequestSchema,
    updateIpsecPolicyRequestSchema,
    ipsecPolicyResponseSchema,
    ipsecPolicyListResponseSchema,
  ),
  vpnServices: collection('VpnService', 'VPN service', createVpnServiceRequestSchema, updateVpnServiceRequestSchema, vpnServiceResponseSchema, vpnServiceListResponseSchema),
  endpointGroups: collection(
    'EndpointGroup',
    'endpoint group',
    createEndpointGroupRequestSchema,
    updateEndpointGroupRequestSchema,
    endpointGroupResponseSchema,
    endpointGroupListResponseSchema,
  ),
};

function collectionOperations(kind: ClassicCollection): ApiOperation[] {
  const { noun, label, create, update, one, list } = COLLECTIONS[kind];
  const base = `/v2.0/vpn/${CLASSIC_COLLECTIONS[kind]}`;
  const common = { tag: 'Classic VPN (v2.0)', errorBody: neutronError } as const;
  const response = named(`Classic${noun}Response`, one);
  const at = (method: ApiOperation['method'], path: string, operationId: string, summary: string, rest: Pick<ApiOperation, 'responses'> & Partial<ApiOperation>): ApiOperation => ({
    ...common,
    method,
    path,
    operationId,
    summary,
    ...rest,
  });
  return [
    at('post', base, `createClassic${noun}`, `Create an ${label}`, {
      body: named(`CreateClassic${noun}Request`, create),
      responses: { 201: { description: 'Created', body: response } },
    }),
    at('get', base, `listClassic${noun}s`, `List ${label}s`, {
      query: fieldsQuery,
      responses: { 200: { description: 'All of the project', body: named(`Classic${noun}ListResponse`, list) } },
    }),
    at('get', `${base}/{id}`, `showClassic${noun}`, `Show an ${label}`, { query: fieldsQuery, responses: { 200: { description: 'Found', body: response } } }),
    at('put', `${base}/{id}`, `updateClassic${noun}`, `Update an ${label}`, {
      body: named(`UpdateClassic${noun}Request`, update),
      responses: { 200: { description: 'Updated', body: response } },
    }),
    at('delete', `${base}/{id}`, `deleteClassic${noun}`, `Delete an ${label}`, { responses: { 204: { description: 'Deleted' } } }),
  ];
}

/** Classic VPN v2.0 as the mock serves it. */
export const classicOperations: readonly ApiOperation[] = [
  ...(Object.keys(COLLECTIONS) as ClassicCollection[]).flatMap(collectionOperations),
  {
    method: 'get',
    path: '/v2.0/routers',
    operationId: 'listRouters',
    summary: 'Routers (OTC VPCs) of the project',
    tag: 'Classic VPN (v2.0)',
    query: fieldsQuery,
    responses: { 200: { description: 'Routers', body: named('RouterListResponse', routerListResponseSchema) } },
    errorBody: neutronError,
  },
  {
    method: 'get',
    path: '/v2.0/subnets',
    operationId: 'listSubnets',
    summary: 'Subnets, filtered by vpc_id or network_id',
    tag: 'Classic VPN (v2.0)',
    query: fieldsQuery.extend({ vpc_id: z.string().optional(), network_id: z.string().optional() }),
    responses: { 200: { description: 'Subnets', body: named('SubnetListResponse', subnetListResponseSchema) } },
    errorBody: neutronError,
  },
];
