// Classic VPN (v2.0, Neutron style) paths: builders for clients, patterns for the server's routers.
// There is no project id in these paths: the project comes from the token.

const seg = encodeURIComponent;

/** The five VPN resource collections under /v2.0/vpn/, by the key the console uses for them. */
export const CLASSIC_COLLECTIONS = {
  connections: 'ipsec-site-connections',
  ikePolicies: 'ikepolicies',
  ipsecPolicies: 'ipsecpolicies',
  vpnServices: 'vpnservices',
  endpointGroups: 'endpoint-groups',
} as const;
export type ClassicCollection = keyof typeof CLASSIC_COLLECTIONS;

export const classicPaths = {
  collection: (kind: ClassicCollection) => `/v2.0/vpn/${CLASSIC_COLLECTIONS[kind]}`,
  item: (kind: ClassicCollection, id: string) => `/v2.0/vpn/${CLASSIC_COLLECTIONS[kind]}/${seg(id)}`,
  ipsecSiteConnections: () => '/v2.0/vpn/ipsec-site-connections',
  ipsecSiteConnection: (id: string) => `/v2.0/vpn/ipsec-site-connections/${seg(id)}`,
  ikePolicies: () => '/v2.0/vpn/ikepolicies',
  ikePolicy: (id: string) => `/v2.0/vpn/ikepolicies/${seg(id)}`,
  ipsecPolicies: () => '/v2.0/vpn/ipsecpolicies',
  ipsecPolicy: (id: string) => `/v2.0/vpn/ipsecpolicies/${seg(id)}`,
  vpnServices: () => '/v2.0/vpn/vpnservices',
  vpnService: (id: string) => `/v2.0/vpn/vpnservices/${seg(id)}`,
  endpointGroups: () => '/v2.0/vpn/endpoint-groups',
  endpointGroup: (id: string) => `/v2.0/vpn/endpoint-groups/${seg(id)}`,
  routers: () => '/v2.0/routers',
  subnets: () => '/v2.0/subnets',
} as const;

/** Route patterns relative to /v2.0, as mounted by the server's classic routers. */
export const classicRoutes = {
  collection: (kind: ClassicCollection) => `/vpn/${CLASSIC_COLLECTIONS[kind]}`,
  item: (kind: ClassicCollection) => `/vpn/${CLASSIC_COLLECTIONS[kind]}/:id`,
  routers: '/routers',
  subnets: '/subnets',
} as const;

/** Header that names the project explicitly (OTC sub-projects); without it the token's project is used. */
export const PROJECT_ID_HEADER = 'X-Project-Id';
