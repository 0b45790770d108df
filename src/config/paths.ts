/** UI routes: `path` is the router pattern, `href()` builds a concrete URL. */
export const paths = {
  home: { path: '/', href: () => '/' },
  vpnConnections: { path: '/vpn-connections', href: () => '/vpn-connections' },
  vpnConnectionCreate: { path: '/vpn-connections/create', href: () => '/vpn-connections/create' },
  vpnConnection: {
    path: '/vpn-connections/$id',
    href: (id: string) => `/vpn-connections/${encodeURIComponent(id)}`,
  },
  vpnGateways: { path: '/vpn-gateways', href: () => '/vpn-gateways' },
  customerGateways: { path: '/customer-gateways', href: () => '/customer-gateways' },
  classicVpn: { path: '/classic-vpn', href: () => '/classic-vpn' },
  settings: { path: '/settings', href: () => '/settings' },
} as const;
