import type { ClassicDeviceInput } from './classic-model.ts';
import type { V5DeviceInput } from './v5-model.ts';
import type { CustomerGateway } from '../customer-gateway.ts';
import type { VpnConnection } from '../vpn-connection.ts';
import type { VpnGateway } from '../vpn-gateway.ts';

// Fixed connections the golden files are generated from: one per v5 style plus one classic connection. The
// values follow the documented examples (seed 002), with public addresses from the documentation ranges' style.

export const goldenGateway: VpnGateway = {
  id: 'b32d91a4-6c1e-4a8d-a86e-e907174eb11d',
  name: 'vpngw-fra-core',
  network_type: 'public',
  attachment_type: 'vpc',
  local_subnets: ['10.1.0.0/24', '10.2.0.0/16'],
  bgp_asn: 64512,
  ha_mode: 'active-active',
  eip1: { id: '0c464dad-6c1e-4a8d-a86e-c22bb0eb0bde', ip_address: '80.158.10.11' },
  eip2: { id: '1d575ebe-6c1e-4a8d-a86e-c22bb0eb0bdf', ip_address: '80.158.10.12' },
};

export const goldenCustomerGateway: CustomerGateway = {
  id: '5247ae10-6c1e-4a8d-a86e-dd36659a7f5d',
  name: 'cgw-berlin',
  id_type: 'ip',
  id_value: '88.99.1.164',
  bgp_asn: 65000,
};

const common = {
  vgw_id: goldenGateway.id,
  vgw_ip: '0c464dad-6c1e-4a8d-a86e-c22bb0eb0bde',
  cgw_id: goldenCustomerGateway.id,
  status: 'ACTIVE' as const,
  ha_role: 'master',
  ikepolicy: {
    ike_version: 'v2',
    authentication_algorithm: 'sha2-256',
    encryption_algorithm: 'aes-128',
    dh_group: 'group15',
    authentication_method: 'pre-share',
    lifetime_seconds: 86400,
    local_id_type: 'ip',
    local_id: '80.158.10.11',
    peer_id_type: 'ip',
    peer_id: '88.99.1.164',
    dpd: { timeout: 15, interval: 30, msg: 'seq-hash-notify' },
  },
  ipsecpolicy: {
    authentication_algorithm: 'sha2-256',
    encryption_algorithm: 'aes-128',
    pfs: 'group15',
    transform_protocol: 'esp',
    lifetime_seconds: 3600,
    encapsulation_mode: 'tunnel',
  },
};

export const goldenStatic: VpnConnection = {
  ...common,
  id: '7d3c1b0e-2f4a-4c5d-8e9f-0a1b2c3d4e01',
  name: 'vpn-berlin-static',
  style: 'STATIC',
  peer_subnets: ['192.168.44.0/24', '192.168.45.0/24'],
  tunnel_local_address: '169.254.56.225/30',
  tunnel_peer_address: '169.254.56.226/30',
  enable_nqa: false,
};

export const goldenPolicy: VpnConnection = {
  ...common,
  id: '7d3c1b0e-2f4a-4c5d-8e9f-0a1b2c3d4e02',
  name: 'vpn-berlin-policy',
  style: 'POLICY',
  peer_subnets: ['192.168.44.0/24', '192.168.45.0/24'],
  policy_rules: [
    { rule_index: 1, source: '10.1.0.0/24', destination: ['192.168.44.0/24'] },
    { rule_index: 2, source: '10.2.0.0/16', destination: ['192.168.44.0/24', '192.168.45.0/24'] },
  ],
};

/** seed 002's BGP example: AES-256/SHA2-512/group16 and an OTC local ID that is not the gateway address. */
export const goldenBgp: VpnConnection = {
  ...common,
  id: '7d3c1b0e-2f4a-4c5d-8e9f-0a1b2c3d4e03',
  name: 'vpn-1655',
  style: 'BGP',
  peer_subnets: ['192.168.44.0/24'],
  tunnel_local_address: '169.254.56.225/30',
  tunnel_peer_address: '169.254.56.226/30',
  enable_hub: false,
  ikepolicy: {
    ...common.ikepolicy,
    authentication_algorithm: 'sha2-512',
    encryption_algorithm: 'aes-256',
    dh_group: 'group16',
    lifetime_seconds: 172800,
    local_id: '10.1.0.134',
    dpd: { timeout: 30, interval: 60, msg: 'seq-notify-hash' },
  },
  ipsecpolicy: { ...common.ipsecpolicy, authentication_algorithm: 'sha2-512', encryption_algorithm: 'aes-256', pfs: 'group16', lifetime_seconds: 7200 },
};

export const goldenV5: Record<'static' | 'policy' | 'bgp', V5DeviceInput> = {
  static: { connection: goldenStatic, gateway: goldenGateway, customerGateway: goldenCustomerGateway },
  policy: { connection: goldenPolicy, gateway: goldenGateway, customerGateway: goldenCustomerGateway },
  bgp: { connection: goldenBgp, gateway: goldenGateway, customerGateway: goldenCustomerGateway },
};

/** A classic connection on the API's defaults (IKEv1, SHA-1, group5) except a stronger group14 IPsec PFS. */
export const goldenClassic: ClassicDeviceInput = {
  connection: {
    id: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
    name: 'classic-hamburg',
    status: 'ACTIVE',
    initiator: 'response-only',
    peer_address: '88.99.2.10',
    peer_id: '88.99.2.10',
    ikepolicy_id: '9b00d6b0-6c93-4ca5-9747-b8ade7bb514f',
    ipsecpolicy_id: 'e6e23d0c-9519-4d52-8ea4-5b1f96d857b1',
    vpnservice_id: '5c561d9d-eaea-45f6-ae3e-08d1a7080828',
    local_ep_group_id: '3e1815dd-e212-43d0-8f13-b494fa553e68',
    peer_ep_group_id: '9ad5a7e0-6dac-41b4-b20d-a7b8645fddf1',
    dpd: { action: 'hold', interval: 30, timeout: 120 },
  },
  ikePolicy: {
    id: '9b00d6b0-6c93-4ca5-9747-b8ade7bb514f',
    name: 'ike-hamburg',
    auth_algorithm: 'sha1',
    encryption_algorithm: 'aes-128',
    ike_version: 'v1',
    pfs: 'group5',
    phase1_negotiation_mode: 'main',
    lifetime: { units: 'seconds', value: 3600 },
  },
  ipsecPolicy: {
    id: 'e6e23d0c-9519-4d52-8ea4-5b1f96d857b1',
    name: 'ipsec-hamburg',
    auth_algorithm: 'sha1',
    encryption_algorithm: 'aes-128',
    pfs: 'group14',
    transform_protocol: 'esp',
    encapsulation_mode: 'tunnel',
    lifetime: { units: 'seconds', value: 3600 },
  },
  vpnService: { id: '5c561d9d-eaea-45f6-ae3e-08d1a7080828', router_id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'vpn-svc', status: 'ACTIVE', external_v4_ip: '80.158.20.30' },
  localCidrs: ['10.10.0.0/24'],
  peerCidrs: ['172.16.10.0/24', '172.16.11.0/24'],
};
