// One table of the OTC API paths: builders for clients, patterns for the server's routers.

const seg = encodeURIComponent;

export const v5Paths = {
  vpnConnections: (projectId: string) => `/v5/${seg(projectId)}/vpn-connection`,
  vpnConnection: (projectId: string, id: string) => `/v5/${seg(projectId)}/vpn-connection/${seg(id)}`,
  vpnConnectionLog: (projectId: string, id: string) => `/v5/${seg(projectId)}/vpn-connection/${seg(id)}/log`,
  vpnGateways: (projectId: string) => `/v5/${seg(projectId)}/vpn-gateways`,
  vpnGateway: (projectId: string, id: string) => `/v5/${seg(projectId)}/vpn-gateways/${seg(id)}`,
  customerGateways: (projectId: string) => `/v5/${seg(projectId)}/customer-gateways`,
  customerGateway: (projectId: string, id: string) => `/v5/${seg(projectId)}/customer-gateways/${seg(id)}`,
  quotas: (projectId: string) => `/v5/${seg(projectId)}/vpn/quotas`,
  vpnGatewayAvailabilityZones: (projectId: string) => `/v5/${seg(projectId)}/vpn-gateways/availability-zones`,
  vpnGatewaySpecification: (projectId: string, id: string) => `/v5/${seg(projectId)}/vpn-gateways/${seg(id)}/update-specification`,
  /** `resourceType` is one of TAG_RESOURCE_TYPES (contract/quotas-tags.ts): vpn-gateway, customer-gateway, vpn-connection. */
  resourceTags: (projectId: string, resourceType: string, id: string) => `/v5/${seg(projectId)}/${seg(resourceType)}/${seg(id)}/tags`,
  resourceTagsCreate: (projectId: string, resourceType: string, id: string) =>
    `/v5/${seg(projectId)}/${seg(resourceType)}/${seg(id)}/tags/create`,
  resourceTagsDelete: (projectId: string, resourceType: string, id: string) =>
    `/v5/${seg(projectId)}/${seg(resourceType)}/${seg(id)}/tags/delete`,
  projectTags: (projectId: string, resourceType: string) => `/v5/${seg(projectId)}/${seg(resourceType)}/tags`,
  resourceInstancesFilter: (projectId: string, resourceType: string) =>
    `/v5/${seg(projectId)}/${seg(resourceType)}/resource-instances/filter`,
  resourceInstancesCount: (projectId: string, resourceType: string) =>
    `/v5/${seg(projectId)}/${seg(resourceType)}/resource-instances/count`,
} as const;

/** Route patterns relative to /v5/:project_id, as mounted by server/routes/*. */
export const v5Routes = {
  vpnConnections: '/vpn-connection',
  vpnConnection: '/vpn-connection/:id',
  vpnConnectionLog: '/vpn-connection/:id/log',
  vpnGateways: '/vpn-gateways',
  vpnGateway: '/vpn-gateways/:id',
  customerGateways: '/customer-gateways',
  customerGateway: '/customer-gateways/:id',
  quotas: '/vpn/quotas',
  vpnGatewayAvailabilityZones: '/vpn-gateways/availability-zones',
  vpnGatewaySpecification: '/vpn-gateways/:id/update-specification',
  resourceTags: '/:resource_type/:id/tags',
  resourceTagsCreate: '/:resource_type/:id/tags/create',
  resourceTagsDelete: '/:resource_type/:id/tags/delete',
  projectTags: '/:resource_type/tags',
  resourceInstancesFilter: '/:resource_type/resource-instances/filter',
  resourceInstancesCount: '/:resource_type/resource-instances/count',
} as const;
