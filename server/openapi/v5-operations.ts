import {
  createCustomerGatewayRequestSchema,
  customerGatewayListResponseSchema,
  customerGatewayResponseSchema,
  updateCustomerGatewayRequestSchema,
} from '../../contract/customer-gateway.ts';
import {
  connectionLogResponseSchema,
  projectTagsResponseSchema,
  quotasResponseSchema,
  resourceTagsResponseSchema,
  tagsCreateRequestSchema,
  tagsDeleteRequestSchema,
} from '../../contract/quotas-tags.ts';
import {
  resourceCountResponseSchema,
  resourceInstancesQuerySchema,
  resourceInstancesRequestSchema,
  resourceInstancesResponseSchema,
} from '../../contract/tag-filter.ts';
import {
  createVpnConnectionRequestSchema,
  updateVpnConnectionRequestSchema,
  vpnConnectionListQuerySchema,
  vpnConnectionListResponseSchema,
  vpnConnectionResponseSchema,
} from '../../contract/vpn-connection.ts';
import {
  availabilityZonesResponseSchema,
  createVpnGatewayRequestSchema,
  updateSpecificationRequestSchema,
  updateVpnGatewayRequestSchema,
} from '../../contract/vpn-gateway-requests.ts';
import { vpnGatewayListResponseSchema, vpnGatewayResponseSchema } from '../../contract/vpn-gateway.ts';
import { customerGatewayListQuerySchema } from '../routes/customer-gateways.ts';
import { named, type ApiOperation } from './operation.ts';

const P = '/v5/{project_id}';
type Method = ApiOperation['method'];
type Rest = Pick<ApiOperation, 'responses'> & Partial<Pick<ApiOperation, 'body' | 'query'>>;

/** Operations of one tag, with paths relative to /v5/{project_id}. */
const tagged =
  (tag: string) =>
  (method: Method, path: string, operationId: string, summary: string, rest: Rest): ApiOperation => ({
    method,
    path: `${P}${path}`,
    operationId,
    summary,
    tag,
    ...rest,
  });

const ok = (description: string, name: string, schema: Parameters<typeof named>[1]) => ({ 200: { description, body: named(name, schema) } });
const noContent = { 204: { description: 'Done; no body' } };

const connection = named('VpnConnectionResponse', vpnConnectionResponseSchema);
const gateway = named('VpnGatewayResponse', vpnGatewayResponseSchema);
const customerGateway = named('CustomerGatewayResponse', customerGatewayResponseSchema);

const conn = tagged('VPN connections');
const connections: ApiOperation[] = [
  conn('post', '/vpn-connection', 'createVpnConnection', 'Create a VPN connection (static, policy or bgp)', {
    body: named('CreateVpnConnectionRequest', createVpnConnectionRequestSchema),
    responses: { 201: { description: 'Created (status PENDING_CREATE)', body: connection } },
  }),
  conn('get', '/vpn-connection', 'listVpnConnections', 'List VPN connections (marker paging)', {
    query: vpnConnectionListQuerySchema,
    responses: ok('One page of connections', 'VpnConnectionListResponse', vpnConnectionListResponseSchema),
  }),
  conn('get', '/vpn-connection/{id}', 'showVpnConnection', 'Show a VPN connection', { responses: { 200: { description: 'The connection', body: connection } } }),
  conn('put', '/vpn-connection/{id}', 'updateVpnConnection', 'Update a VPN connection', {
    body: named('UpdateVpnConnectionRequest', updateVpnConnectionRequestSchema),
    responses: { 200: { description: 'Updated (status PENDING_UPDATE)', body: connection } },
  }),
  conn('delete', '/vpn-connection/{id}', 'deleteVpnConnection', 'Delete a VPN connection', { responses: noContent }),
  conn('get', '/vpn-connection/{id}/log', 'showVpnConnectionLog', 'IKE/IPsec negotiation log of a connection', {
    responses: ok('Log lines', 'ConnectionLogResponse', connectionLogResponseSchema),
  }),
];

const gw = tagged('VPN gateways');
const gateways: ApiOperation[] = [
  gw('post', '/vpn-gateways', 'createVpnGateway', 'Create a VPN gateway', {
    body: named('CreateVpnGatewayRequest', createVpnGatewayRequestSchema),
    responses: { 201: { description: 'Created (status PENDING_CREATE)', body: gateway } },
  }),
  gw('get', '/vpn-gateways', 'listVpnGateways', 'List VPN gateways', { responses: ok('All gateways', 'VpnGatewayListResponse', vpnGatewayListResponseSchema) }),
  gw('get', '/vpn-gateways/availability-zones', 'listVpnGatewayAvailabilityZones', 'Availability zones per flavor and attachment type', {
    responses: ok('Zones', 'AvailabilityZonesResponse', availabilityZonesResponseSchema),
  }),
  gw('get', '/vpn-gateways/{id}', 'showVpnGateway', 'Show a VPN gateway', { responses: { 200: { description: 'The gateway', body: gateway } } }),
  gw('put', '/vpn-gateways/{id}', 'updateVpnGateway', 'Update a VPN gateway', {
    body: named('UpdateVpnGatewayRequest', updateVpnGatewayRequestSchema),
    responses: { 200: { description: 'Updated', body: gateway } },
  }),
  gw('post', '/vpn-gateways/{id}/update-specification', 'updateVpnGatewaySpecification', 'Change the flavor of a VPN gateway', {
    body: named('UpdateSpecificationRequest', updateSpecificationRequestSchema),
    responses: { 200: { description: 'Flavor change accepted', body: gateway } },
  }),
  gw('delete', '/vpn-gateways/{id}', 'deleteVpnGateway', 'Delete a VPN gateway', { responses: noContent }),
];

const cgw = tagged('Customer gateways');
const customerGateways: ApiOperation[] = [
  cgw('post', '/customer-gateways', 'createCustomerGateway', 'Create a customer gateway', {
    body: named('CreateCustomerGatewayRequest', createCustomerGatewayRequestSchema),
    responses: { 201: { description: 'Created', body: customerGateway } },
  }),
  cgw('get', '/customer-gateways', 'listCustomerGateways', 'List customer gateways (marker paging)', {
    query: customerGatewayListQuerySchema,
    responses: ok('One page', 'CustomerGatewayListResponse', customerGatewayListResponseSchema),
  }),
  cgw('get', '/customer-gateways/{id}', 'showCustomerGateway', 'Show a customer gateway', {
    responses: { 200: { description: 'The customer gateway', body: customerGateway } },
  }),
  cgw('put', '/customer-gateways/{id}', 'renameCustomerGateway', 'Rename a customer gateway', {
    body: named('UpdateCustomerGatewayRequest', updateCustomerGatewayRequestSchema),
    responses: { 200: { description: 'Renamed', body: customerGateway } },
  }),
  cgw('delete', '/customer-gateways/{id}', 'deleteCustomerGateway', 'Delete a customer gateway', { responses: noContent }),
];

// {resource_type} is vpn-gateway, customer-gateway or vpn-connection (see PATH_PARAMETERS in document.ts).
const tag = tagged('Tags and quotas');
const instances = named('ResourceInstancesRequest', resourceInstancesRequestSchema);
const tags: ApiOperation[] = [
  tag('get', '/{resource_type}/tags', 'listProjectTags', 'Tags used in the project for a resource type', {
    responses: ok('Keys with their values', 'ProjectTagsResponse', projectTagsResponseSchema),
  }),
  tag('get', '/{resource_type}/{id}/tags', 'listResourceTags', 'Tags of one resource', { responses: ok('Tags', 'ResourceTagsResponse', resourceTagsResponseSchema) }),
  tag('post', '/{resource_type}/{id}/tags/create', 'createResourceTags', 'Add tags to a resource', {
    body: named('TagsCreateRequest', tagsCreateRequestSchema),
    responses: noContent,
  }),
  tag('post', '/{resource_type}/{id}/tags/delete', 'deleteResourceTags', 'Remove tags from a resource', {
    body: named('TagsDeleteRequest', tagsDeleteRequestSchema),
    responses: noContent,
  }),
  tag('post', '/{resource_type}/resource-instances/filter', 'filterResourcesByTag', 'Resources matching tags', {
    query: resourceInstancesQuerySchema,
    body: instances,
    responses: ok('Matching resources', 'ResourceInstancesResponse', resourceInstancesResponseSchema),
  }),
  tag('post', '/{resource_type}/resource-instances/count', 'countResourcesByTag', 'Number of resources matching tags', {
    body: instances,
    responses: ok('Count', 'ResourceCountResponse', resourceCountResponseSchema),
  }),
  tag('get', '/vpn/quotas', 'showQuotas', 'Quotas and usage', { responses: ok('Quotas', 'QuotasResponse', quotasResponseSchema) }),
];

/** Enterprise VPN v5 as the mock serves it. */
export const v5Operations: readonly ApiOperation[] = [...connections, ...gateways, ...customerGateways, ...tags];
