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
} as const;
