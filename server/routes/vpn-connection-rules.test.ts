import { describe, expect, it } from 'vitest';
import { OTHER_PROJECT, PROJECT, demo, eipId, paths, setup, staticBody } from '../test-support.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Setup = ReturnType<typeof setup>;
type Fields = Record<string, unknown>;

interface Row {
  name: string;
  /** Fields over the valid static body, or a function of the seeded state that returns them. */
  body: Fields | ((s: Setup) => Fields);
  status: number;
  code: string;
  message: string;
  /** Adjust the seeded state before the request. */
  arrange?: (s: Setup) => void;
}

const gateway = (s: Setup, key: string) => {
  const gw = s.store.project(PROJECT).vpnGateways.find((g) => g.id === demo(key));
  if (!gw) throw new Error(`no gateway ${key}`);
  return gw;
};

const createRows: Row[] = [
  { name: 'unknown vgw_id', body: { vgw_id: UNKNOWN }, status: 400, code: 'VPN.0001', message: `invalid request: vpn_connection.vgw_id: VPN gateway ${UNKNOWN} does not exist in this project` },
  { name: "another project's gateway", body: { vgw_id: demo('gw-fra-core', OTHER_PROJECT) }, status: 400, code: 'VPN.0001', message: 'vpn_connection.vgw_id: VPN gateway' },
  { name: 'unknown cgw_id', body: { cgw_id: UNKNOWN }, status: 400, code: 'VPN.0001', message: `invalid request: vpn_connection.cgw_id: customer gateway ${UNKNOWN} does not exist in this project` },
  { name: "another gateway's EIP as vgw_ip", body: { vgw_ip: eipId('gw-prod-ha', 1) }, status: 400, code: 'VPN.0001', message: 'vpn_connection.vgw_ip: ' },
  { name: 'an IPv4 as vgw_ip of a public gateway', body: { vgw_ip: '80.158.1.1' }, status: 400, code: 'VPN.0001', message: 'is not an address of VPN gateway vpngw-fra-core; use the id of one of its EIPs' },
  { name: 'an EIP id for a private gateway', body: { vgw_id: demo('gw-private-mpls'), vgw_ip: eipId('gw-fra-core', 1), peer_subnets: ['10.201.0.0/16'] }, status: 400, code: 'VPN.0001', message: 'use one of its private IP addresses: 192.168.146.45 or 192.168.146.77' },
  { name: 'slave on the active EIP of an active-standby gateway', body: { vgw_id: demo('gw-prod-ha'), vgw_ip: eipId('gw-prod-ha', 1), ha_role: 'slave' }, status: 400, code: 'VPN.0001', message: 'vpn_connection.ha_role: ' },
  { name: 'default master on the standby EIP', body: { vgw_id: demo('gw-prod-ha'), vgw_ip: eipId('gw-prod-ha', 2) }, status: 400, code: 'VPN.0001', message: 'so ha_role must be slave' },
  { name: 'slave on an active-active gateway', body: { ha_role: 'slave' }, status: 400, code: 'VPN.0001', message: 'is active-active, where every connection is master' },
  { name: 'the same gateway IP twice towards one customer gateway', body: { cgw_id: demo('cgw-hq-frankfurt') }, status: 400, code: 'VPN.0001', message: 'already has connection hq-frankfurt-primary to customer gateway hq-frankfurt-fw' },
  { name: 'a customer subnet inside a local subnet', body: { peer_subnets: ['192.168.200.0/24', '10.10.5.0/24'] }, status: 400, code: 'VPN.0001', message: 'vpn_connection.peer_subnets: 10.10.5.0/24 overlaps 10.10.0.0/16, a local subnet of gateway vpngw-fra-core' },
  { name: 'a customer subnet around a local subnet', body: { peer_subnets: ['10.0.0.0/8'] }, status: 400, code: 'VPN.0001', message: '10.0.0.0/8 overlaps 10.10.0.0/16' },
  { name: 'no customer subnets for static', body: { peer_subnets: undefined }, status: 400, code: 'VPN.0001', message: 'invalid request: vpn_connection.peer_subnets: ' },
  { name: 'BGP towards a customer gateway without ASN', body: { style: 'bgp', cgw_id: demo('cgw-partner-acme') }, status: 400, code: 'VPN.0001', message: 'Customer gateway partner-acme-asa has no BGP ASN' },
  { name: 'BGP with the same ASN on both ends', body: { style: 'bgp', cgw_id: demo('cgw-branch-vienna') }, status: 400, code: 'VPN.0001', message: 'has BGP ASN 64512, the same as VPN gateway vpngw-fra-core' },
  { name: 'a tunnel /30 already used on the gateway', status: 400, code: 'VPN.0001', message: 'is already used by connection hq-frankfurt-primary on gateway vpngw-fra-core',
    body: (s) => {
      const hq = s.store.vpnConnections.get(PROJECT, demo('vpn-hq-1'));
      return { tunnel_local_address: hq.tunnel_peer_address, tunnel_peer_address: hq.tunnel_local_address };
    } },
  { name: 'a full gateway', body: {}, status: 400, code: 'VPN.0001', message: 'VPN gateway vpngw-fra-core already uses 5 of its 5 connections; delete a connection on it or choose another gateway',
    arrange: (s) => { gateway(s, 'gw-fra-core').connection_number = 5; } },
  { name: 'a gateway that is not ACTIVE', body: {}, status: 409, code: 'VPN.0016', message: 'VPN gateway is not ready',
    arrange: (s) => { gateway(s, 'gw-fra-core').status = 'PENDING_UPDATE'; } },
  { name: 'static without customer subnets on an ER gateway', body: { vgw_id: demo('gw-er-transit'), vgw_ip: eipId('gw-er-transit', 2), peer_subnets: [] }, status: 400, code: 'VPN.0001', message: 'vpn_connection.peer_subnets: ' },
  { name: 'an unknown field', body: { colour: 'blue' }, status: 400, code: 'VPN.0013', message: 'Unsupported attribute: vpn_connection.colour' },
  { name: 'an unknown nested field', body: { ikepolicy: { dpd: { retries: 3 } } }, status: 400, code: 'VPN.0013', message: 'Unsupported attribute: vpn_connection.ikepolicy.dpd.retries' },
  { name: 'a weak PSK', body: { psk: 'password' }, status: 400, code: 'VPN.0001', message: 'invalid request: vpn_connection.psk: The pre-shared key needs at least 3 of' },
  { name: 'an FQDN identity', body: { ikepolicy: { local_id_type: 'fqdn' } }, status: 400, code: 'VPN.0001', message: 'vpn_connection.ikepolicy.local_id_type: FQDN identities are not supported by OTC yet; use ip' },
  { name: 'the removed policy-template style', body: { style: 'policy-template' }, status: 400, code: 'VPN.0001', message: 'vpn_connection.style: The policy-template style is no longer offered by OTC; use policy' },
  { name: 'NQA on a BGP connection', body: { style: 'bgp', cgw_id: demo('cgw-branch-munich'), vgw_ip: eipId('gw-fra-core', 1), enable_nqa: true }, status: 400, code: 'VPN.0001', message: 'vpn_connection.enable_nqa: ' },
];

describe('POST vpn-connection: every rule answers with its code and a message naming the field', () => {
  it.each(createRows)('$name → $status $code', async (row) => {
    const s = setup();
    row.arrange?.(s);
    const res = await s.call('POST', paths.connections(), staticBody(typeof row.body === 'function' ? row.body(s) : row.body));
    expect(res.status).toBe(row.status);
    expect(res.body).toEqual({ error_code: row.code, error_msg: expect.stringContaining(row.message), request_id: expect.any(String) });
  });

  it('accepts BGP without customer subnets on an enterprise-router gateway', async () => {
    const s = setup();
    const res = await s.call('POST', paths.connections(), staticBody({ style: 'bgp', vgw_id: demo('gw-er-transit'), vgw_ip: eipId('gw-er-transit', 2), cgw_id: demo('cgw-branch-munich'), peer_subnets: undefined }));
    expect(res.status).toBe(201);
    expect(res.body.vpn_connection).not.toHaveProperty('peer_subnets');
  });
});

const updateRows: (Omit<Row, 'body'> & { id: string; patch: Fields | ((s: Setup) => Fields) })[] = [
  { name: 'an unknown customer gateway', id: 'vpn-hq-1', patch: { cgw_id: UNKNOWN }, status: 400, code: 'VPN.0001', message: 'vpn_connection.cgw_id: customer gateway' },
  { name: 'a customer gateway the address already reaches', id: 'vpn-hq-1', patch: { cgw_id: demo('cgw-branch-munich') }, status: 400, code: 'VPN.0001', message: 'already has connection branch-munich-bgp-1' },
  { name: 'a BGP customer gateway with the same ASN', id: 'vpn-munich-1', patch: { cgw_id: demo('cgw-branch-vienna') }, status: 400, code: 'VPN.0001', message: 'the same as VPN gateway vpngw-fra-core' },
  { name: 'customer subnets overlapping local subnets', id: 'vpn-hq-1', patch: { peer_subnets: ['10.20.0.0/24'] }, status: 400, code: 'VPN.0001', message: 'overlaps 10.20.0.0/16' },
  { name: 'policy rules on a static connection', id: 'vpn-hq-1', patch: { policy_rules: [{ source: '10.10.0.0/24', destination: ['192.168.10.0/24'] }] }, status: 400, code: 'VPN.0001', message: 'vpn_connection.policy_rules: policy_rules applies only to policy-based connections; this connection is STATIC' },
  { name: 'enable_hub on a static connection', id: 'vpn-hq-1', patch: { enable_hub: true }, status: 400, code: 'VPN.0001', message: 'enable_hub applies only to BGP connections' },
  { name: 'tunnel addresses on a policy connection', id: 'vpn-acme-1', patch: { tunnel_local_address: '169.254.7.1/30', tunnel_peer_address: '169.254.7.2/30' }, status: 400, code: 'VPN.0001', message: 'applies only to static and BGP connections; this connection is POLICY' },
  { name: 'a local tunnel address outside the /30 of the customer one', id: 'vpn-hq-1', patch: { tunnel_local_address: '169.254.7.1/30' }, status: 400, code: 'VPN.0001', message: 'vpn_connection.tunnel_peer_address: The customer tunnel address must be in the same /30' },
  { name: 'a tunnel pair used by another connection', id: 'vpn-hq-2', status: 400, code: 'VPN.0001', message: 'already used by connection hq-frankfurt-primary',
    patch: (s) => {
      const hq = s.store.vpnConnections.get(PROJECT, demo('vpn-hq-1'));
      return { tunnel_local_address: hq.tunnel_local_address, tunnel_peer_address: hq.tunnel_peer_address };
    } },
  { name: 'a negotiation mode with IKEv2', id: 'vpn-hq-1', patch: { ikepolicy: { phase1_negotiation_mode: 'aggressive' } }, status: 400, code: 'VPN.0001', message: 'vpn_connection.ikepolicy.phase1_negotiation_mode: The negotiation mode applies only to IKEv1' },
  { name: 'GCM with IKEv1 after merging', id: 'vpn-acme-1', patch: { ipsecpolicy: { encryption_algorithm: 'aes-256-gcm-16' } }, status: 400, code: 'VPN.0001', message: 'vpn_connection.ipsecpolicy.encryption_algorithm: aes-256-gcm-16 (GCM) works only with IKEv2' },
  { name: 'a FREEZED connection', id: 'vpn-hq-1', patch: { name: 'x' }, status: 400, code: 'VPN.0001', message: 'ILLEGAL not allowed update vpnConnection',
    arrange: (s) => { s.store.vpnConnections.forceStatus(PROJECT, demo('vpn-hq-1'), 'FREEZED'); } },
  { name: 'a bad name', id: 'vpn-hq-1', patch: { name: 'has spaces' }, status: 400, code: 'VPN.0001', message: 'vpn_connection.name: The name may contain only letters' },
];

describe('PUT vpn-connection: rules that need the rest of the project', () => {
  it.each(updateRows)('$name → $status $code', async (row) => {
    const s = setup();
    row.arrange?.(s);
    const patch = typeof row.patch === 'function' ? row.patch(s) : row.patch;
    const res = await s.call('PUT', paths.connection(demo(row.id)), { vpn_connection: patch });
    expect(res.status).toBe(row.status);
    expect(res.body).toEqual({ error_code: row.code, error_msg: expect.stringContaining(row.message), request_id: expect.any(String) });
  });

  it('accepts a new tunnel pair that is free on the gateway', async () => {
    const s = setup();
    const res = await s.call('PUT', paths.connection(demo('vpn-hq-1')), { vpn_connection: { tunnel_local_address: '169.254.7.1/30', tunnel_peer_address: '169.254.7.2/30' } });
    expect(res.status).toBe(200);
    expect(res.body.vpn_connection).toMatchObject({ tunnel_local_address: '169.254.7.1/30', tunnel_peer_address: '169.254.7.2/30' });
  });
});
