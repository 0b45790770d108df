// The three request examples of the current v5 "Creating a VPN Connection" page (seed 002), with the doc's
// placeholder ids ("b32d91a4-demo-a8df-…") replaced by real UUIDs, the masked PSK "abcd****" replaced by a key
// that meets the documented rule, and the BGP example's masked identities ("123***") replaced by IPv4 ones.

export const fixtureIds = {
  vgwId: 'b32d91a4-6c1e-4a8d-a86e-e907174eb11d',
  vgwIp: '0c464dad-6c1e-4a8d-a86e-c22bb0eb0bde',
  cgwId: '5247ae10-6c1e-4a8d-a86e-dd36659a7f5d',
} as const;

export const fixturePsk = 'Abcd1234!x';

export const validStatic = {
  vgw_id: fixtureIds.vgwId,
  vgw_ip: fixtureIds.vgwIp,
  cgw_id: fixtureIds.cgwId,
  peer_subnets: ['192.168.44.0/24'],
  psk: fixturePsk,
};

export const validPolicy = {
  vgw_id: fixtureIds.vgwId,
  vgw_ip: fixtureIds.vgwIp,
  style: 'policy',
  cgw_id: fixtureIds.cgwId,
  peer_subnets: ['192.168.44.0/24'],
  psk: fixturePsk,
  policy_rules: [{ source: '10.0.0.0/24', destination: ['192.168.0.0/24'] }],
};

export const validBgp = {
  name: 'vpn-1655',
  vgw_id: fixtureIds.vgwId,
  vgw_ip: fixtureIds.vgwIp,
  style: 'bgp',
  cgw_id: fixtureIds.cgwId,
  peer_subnets: ['192.168.44.0/24'],
  tunnel_local_address: '169.254.56.225/30',
  tunnel_peer_address: '169.254.56.226/30',
  psk: fixturePsk,
  ikepolicy: {
    ike_version: 'v2',
    authentication_algorithm: 'sha2-512',
    encryption_algorithm: 'aes-256',
    dh_group: 'group16',
    lifetime_seconds: 172800,
    local_id: '10.1.0.134',
    peer_id: '88.99.1.164',
    dpd: { timeout: 30, interval: 60, msg: 'seq-notify-hash' },
  },
  ipsecpolicy: {
    authentication_algorithm: 'sha2-512',
    encryption_algorithm: 'aes-256',
    pfs: 'group16',
    transform_protocol: 'esp',
    lifetime_seconds: 7200,
    encapsulation_mode: 'tunnel',
  },
};

/** A full policy-style form at its documented limits (5 rules × 50 destinations, 50 subnets). */
export function maximalPolicy() {
  const subnets = Array.from({ length: 50 }, (_, i) => `192.168.${i}.0/24`);
  return {
    ...validPolicy,
    peer_subnets: subnets,
    policy_rules: Array.from({ length: 5 }, (_, r) => ({
      source: `10.${r}.0.0/16`,
      destination: Array.from({ length: 50 }, (_, d) => `172.${16 + r}.${d}.0/24`),
    })),
  };
}
