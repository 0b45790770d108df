/** UI routes: `path` is the router pattern, `href()` builds a concrete URL. */
export const paths = {
  home: { path: '/', href: () => '/' },
  vpnConnections: { path: '/vpn-connections', href: () => '/vpn-connections' },
  vpnConnectionCreate: { path: '/vpn-connections/create', href: () => '/vpn-connections/create' },
  vpnConnection: {
    path: '/vpn-connections/$id',
    href: (id: string) => `/vpn-connections/${encodeURIComponent(id)}`,
  },
  vpnConnectionEdit: {
    path: '/vpn-connections/$id/edit',
    href: (id: string) => `/vpn-connections/${encodeURIComponent(id)}/edit`,
  },
  vpnGateways: { path: '/vpn-gateways', href: () => '/vpn-gateways' },
  vpnGatewayCreate: { path: '/vpn-gateways/create', href: () => '/vpn-gateways/create' },
  vpnGateway: {
    path: '/vpn-gateways/$id',
    href: (id: string) => `/vpn-gateways/${encodeURIComponent(id)}`,
  },
  customerGateways: { path: '/customer-gateways', href: () => '/customer-gateways' },
  customerGateway: {
    path: '/customer-gateways/$id',
    href: (id: string) => `/customer-gateways/${encodeURIComponent(id)}`,
  },
  classicVpn: { path: '/classic-vpn', href: () => '/classic-vpn' },
  classicConnectionCreate: { path: '/classic-vpn/connections/create', href: () => '/classic-vpn/connections/create' },
  classicConnection: {
    path: '/classic-vpn/connections/$id',
    href: (id: string) => `/classic-vpn/connections/${encodeURIComponent(id)}`,
  },
  classicConnectionEdit: {
    path: '/classic-vpn/connections/$id/edit',
    href: (id: string) => `/classic-vpn/connections/${encodeURIComponent(id)}/edit`,
  },
  classicVpnServices: { path: '/classic-vpn/vpn-services', href: () => '/classic-vpn/vpn-services' },
  classicIkePolicies: { path: '/classic-vpn/ike-policies', href: () => '/classic-vpn/ike-policies' },
  classicIpsecPolicies: { path: '/classic-vpn/ipsec-policies', href: () => '/classic-vpn/ipsec-policies' },
  classicEndpointGroups: { path: '/classic-vpn/endpoint-groups', href: () => '/classic-vpn/endpoint-groups' },
  settings: { path: '/settings', href: () => '/settings' },
  signIn: { path: '/sign-in', href: () => '/sign-in' },
} as const;
