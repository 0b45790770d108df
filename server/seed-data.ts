import type { CreateVpnConnectionInput } from '../contract/vpn-connection.ts';
import type { SettledStatus } from './store/types.ts';

// The demo estate every project starts with: a mid-size company with a Frankfurt core, an HA
// production gateway, private (MPLS/DR) gateways, an enterprise-router hub and a small lab.
// Keys are stable: the seed derives every id from (project id, key).

export interface GatewaySpec {
  key: string;
  name: string;
  network: 'public' | 'private';
  attachment: 'vpc' | 'er';
  ha: 'active-active' | 'active-standby';
  flavor: 'Basic' | 'Professional1' | 'Professional2';
  bgpAsn: number;
  localSubnets?: string[];
  privateIps?: [string, string];
  connectionNumber: number;
}

export const DEMO_GATEWAYS: GatewaySpec[] = [
  { key: 'gw-fra-core', name: 'vpngw-fra-core', network: 'public', attachment: 'vpc', ha: 'active-active', flavor: 'Professional2', bgpAsn: 64512, localSubnets: ['10.10.0.0/16', '10.20.0.0/16'], connectionNumber: 200 },
  { key: 'gw-prod-ha', name: 'vpngw-prod-ha', network: 'public', attachment: 'vpc', ha: 'active-standby', flavor: 'Professional1', bgpAsn: 65010, localSubnets: ['172.16.0.0/16'], connectionNumber: 200 },
  { key: 'gw-private-mpls', name: 'vpngw-private-mpls', network: 'private', attachment: 'vpc', ha: 'active-active', flavor: 'Professional1', bgpAsn: 64600, localSubnets: ['192.168.100.0/22'], privateIps: ['192.168.146.45', '192.168.146.77'], connectionNumber: 200 },
  { key: 'gw-private-dr', name: 'vpngw-private-dr', network: 'private', attachment: 'vpc', ha: 'active-standby', flavor: 'Professional1', bgpAsn: 64700, localSubnets: ['10.50.0.0/16'], privateIps: ['10.60.1.10', '10.60.1.11'], connectionNumber: 200 },
  { key: 'gw-er-transit', name: 'vpngw-er-transit', network: 'public', attachment: 'er', ha: 'active-active', flavor: 'Professional1', bgpAsn: 64520, connectionNumber: 200 },
  { key: 'gw-lab-basic', name: 'vpngw-lab-basic', network: 'public', attachment: 'vpc', ha: 'active-active', flavor: 'Basic', bgpAsn: 64512, localSubnets: ['10.99.0.0/24'], connectionNumber: 20 },
];

export interface CustomerGatewaySpec {
  key: string;
  name: string;
  ip: string;
  bgpAsn?: number;
}

export const DEMO_CUSTOMER_GATEWAYS: CustomerGatewaySpec[] = [
  { key: 'cgw-hq-frankfurt', name: 'hq-frankfurt-fw', ip: '203.0.113.10', bgpAsn: 65001 },
  { key: 'cgw-branch-munich', name: 'branch-munich-router', ip: '198.51.100.20', bgpAsn: 65002 },
  { key: 'cgw-branch-hamburg', name: 'branch-hamburg-fw', ip: '198.51.100.36', bgpAsn: 65003 },
  { key: 'cgw-dc-berlin', name: 'dc-berlin-edge', ip: '203.0.113.77', bgpAsn: 65004 },
  { key: 'cgw-partner-acme', name: 'partner-acme-asa', ip: '192.0.2.50' },
  // Same ASN as vpngw-fra-core: a BGP connection between the two must be refused.
  { key: 'cgw-branch-vienna', name: 'branch-vienna-router', ip: '192.0.2.130', bgpAsn: 64512 },
  // No connections: the one customer gateway that can be deleted right away.
  { key: 'cgw-spare-lte', name: 'spare-lte-backup', ip: '203.0.113.200', bgpAsn: 65099 },
];

export interface ConnectionSpec {
  key: string;
  gateway: string;
  /** 1 = eip1 / access_private_ip_1, 2 = eip2 / access_private_ip_2. */
  slot: 1 | 2;
  cgw: string;
  settle: SettledStatus;
  body: Omit<CreateVpnConnectionInput, 'vgw_id' | 'vgw_ip' | 'cgw_id' | 'psk'>;
}

const strongIke = { authentication_algorithm: 'sha2-512', encryption_algorithm: 'aes-256', dh_group: 'group16', lifetime_seconds: 28800 } as const;
const strongIpsec = { authentication_algorithm: 'sha2-512', encryption_algorithm: 'aes-256', pfs: 'group16', lifetime_seconds: 3600 } as const;

export const DEMO_CONNECTIONS: ConnectionSpec[] = [
  { key: 'vpn-hq-1', gateway: 'gw-fra-core', slot: 1, cgw: 'cgw-hq-frankfurt', settle: 'ACTIVE', body: { name: 'hq-frankfurt-primary', style: 'static', peer_subnets: ['192.168.10.0/24', '192.168.11.0/24'], enable_nqa: true, tags: [{ key: 'site', value: 'hq' }] } },
  { key: 'vpn-hq-2', gateway: 'gw-fra-core', slot: 2, cgw: 'cgw-hq-frankfurt', settle: 'ACTIVE', body: { name: 'hq-frankfurt-secondary', style: 'static', peer_subnets: ['192.168.10.0/24', '192.168.11.0/24'], tags: [{ key: 'site', value: 'hq' }] } },
  { key: 'vpn-munich-1', gateway: 'gw-fra-core', slot: 1, cgw: 'cgw-branch-munich', settle: 'ACTIVE', body: { name: 'branch-munich-bgp-1', style: 'bgp', peer_subnets: ['192.168.20.0/24'], ikepolicy: strongIke, ipsecpolicy: strongIpsec } },
  { key: 'vpn-munich-2', gateway: 'gw-fra-core', slot: 2, cgw: 'cgw-branch-munich', settle: 'ACTIVE', body: { name: 'branch-munich-bgp-2', style: 'bgp', peer_subnets: ['192.168.20.0/24'], ikepolicy: strongIke, ipsecpolicy: strongIpsec } },
  { key: 'vpn-acme-1', gateway: 'gw-prod-ha', slot: 1, cgw: 'cgw-partner-acme', settle: 'ACTIVE', body: { name: 'partner-acme-policy', style: 'policy', ha_role: 'master', peer_subnets: ['172.30.5.0/24'], policy_rules: [{ source: '172.16.10.0/24', destination: ['172.30.5.0/24'] }], ikepolicy: { ike_version: 'v1', phase1_negotiation_mode: 'main', dh_group: 'group14' }, ipsecpolicy: { pfs: 'group14' } } },
  { key: 'vpn-acme-2', gateway: 'gw-prod-ha', slot: 2, cgw: 'cgw-partner-acme', settle: 'ACTIVE', body: { name: 'partner-acme-standby', style: 'policy', ha_role: 'slave', peer_subnets: ['172.30.5.0/24'], policy_rules: [{ source: '172.16.10.0/24', destination: ['172.30.5.0/24'] }], ikepolicy: { ike_version: 'v1', phase1_negotiation_mode: 'main', dh_group: 'group14' }, ipsecpolicy: { pfs: 'group14' } } },
  { key: 'vpn-hamburg-policy', gateway: 'gw-fra-core', slot: 1, cgw: 'cgw-branch-hamburg', settle: 'DOWN', body: { name: 'branch-hamburg-policy', style: 'policy', peer_subnets: ['192.168.30.0/24', '192.168.31.0/24'], policy_rules: [{ source: '10.10.0.0/16', destination: ['192.168.30.0/24'] }, { source: '10.20.0.0/16', destination: ['192.168.31.0/24'] }] } },
  { key: 'vpn-berlin-a', gateway: 'gw-private-mpls', slot: 1, cgw: 'cgw-dc-berlin', settle: 'ACTIVE', body: { name: 'dc-berlin-mpls-a', style: 'static', peer_subnets: ['10.200.0.0/16'] } },
  { key: 'vpn-berlin-b', gateway: 'gw-private-mpls', slot: 2, cgw: 'cgw-dc-berlin', settle: 'ACTIVE', body: { name: 'dc-berlin-mpls-b', style: 'static', peer_subnets: ['10.200.0.0/16'] } },
  { key: 'vpn-dr-master', gateway: 'gw-private-dr', slot: 1, cgw: 'cgw-dc-berlin', settle: 'ACTIVE', body: { name: 'dr-site-master', style: 'bgp', ha_role: 'master', peer_subnets: ['10.210.0.0/16'] } },
  // The standby tunnel of an active-standby pair idles: it stays DOWN.
  { key: 'vpn-dr-standby', gateway: 'gw-private-dr', slot: 2, cgw: 'cgw-dc-berlin', settle: 'DOWN', body: { name: 'dr-site-standby', style: 'bgp', ha_role: 'slave', peer_subnets: ['10.210.0.0/16'] } },
  { key: 'vpn-er-hamburg', gateway: 'gw-er-transit', slot: 1, cgw: 'cgw-branch-hamburg', settle: 'ACTIVE', body: { name: 'er-transit-hamburg', style: 'bgp', enable_hub: true } },
  // A legacy lab tunnel with weak crypto that the peer rejects: ERROR.
  { key: 'vpn-lab-legacy', gateway: 'gw-lab-basic', slot: 1, cgw: 'cgw-hq-frankfurt', settle: 'ERROR', body: { name: 'lab-legacy-3des', style: 'static', peer_subnets: ['192.168.99.0/24'], ikepolicy: { ike_version: 'v1', phase1_negotiation_mode: 'aggressive', authentication_algorithm: 'md5', encryption_algorithm: '3des', dh_group: 'group2' }, ipsecpolicy: { authentication_algorithm: 'sha1', encryption_algorithm: '3des', pfs: 'disable' } } },
];

/** Never stored or returned; the create schema just requires one. */
export const SEED_PSK = 'Seed-Key-2026!';
