import { describe, expect, it } from 'vitest';
import { maximalPolicy, validBgp, validPolicy, validStatic } from './__fixtures__/vpn-connection.ts';
import { createVpnConnectionRequestSchema, updateVpnConnectionRequestSchema } from './vpn-connection.ts';

type Body = Record<string, unknown>;

function issues(body: unknown) {
  const r = createVpnConnectionRequestSchema.safeParse({ vpn_connection: body });
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
}

describe('create VPN connection: the seed examples', () => {
  it.each([
    ['static', validStatic],
    ['policy', validPolicy],
    ['bgp', validBgp],
  ])('%s example passes', (_, body) => {
    expect(issues(body)).toEqual([]);
  });

  it('fills the documented defaults (static style, IKEv2, sha2-256, aes-128, group15, lifetimes, DPD)', () => {
    const r = createVpnConnectionRequestSchema.parse({ vpn_connection: validStatic }).vpn_connection;
    expect(r.style).toBe('static');
    expect(r.ha_role).toBe('master');
    expect(r.style === 'static' && r.enable_nqa).toBe(false);
    expect(r.ikepolicy).toEqual({
      ike_version: 'v2',
      authentication_algorithm: 'sha2-256',
      encryption_algorithm: 'aes-128',
      dh_group: 'group15',
      authentication_method: 'pre-share',
      lifetime_seconds: 86400,
      local_id_type: 'ip',
      peer_id_type: 'ip',
      dpd: { timeout: 15, interval: 30, msg: 'seq-hash-notify' },
    });
    expect(r.ipsecpolicy).toEqual({
      authentication_algorithm: 'sha2-256',
      encryption_algorithm: 'aes-128',
      pfs: 'group15',
      transform_protocol: 'esp',
      lifetime_seconds: 3600,
      encapsulation_mode: 'tunnel',
    });
  });

  it('keeps the values the BGP example sets', () => {
    const r = createVpnConnectionRequestSchema.parse({ vpn_connection: validBgp }).vpn_connection;
    expect(r.ikepolicy.dh_group).toBe('group16');
    expect(r.ikepolicy.dpd).toEqual({ timeout: 30, interval: 60, msg: 'seq-notify-hash' });
    expect(r.style === 'bgp' && r.enable_hub).toBe(false);
  });

  it('accepts a policy connection at its documented limits', () => {
    expect(issues(maximalPolicy())).toEqual([]);
  });
});

const ike = (over: Body) => ({ ...validStatic, ikepolicy: over });
const ipsec = (over: Body) => ({ ...validStatic, ipsecpolicy: over });
const rules = (n: number) => Array.from({ length: n }, (_, i) => ({ source: `10.${i}.0.0/24`, destination: ['192.168.0.0/24'] }));

// One invalid case per documented rule: [what, body, expected path, expected message fragment]
const invalid: [string, Body, string, RegExp][] = [
  ['name with a space', { ...validStatic, name: 'my vpn' }, 'name', /only letters, digits, _ - \./],
  ['name of 65 characters', { ...validStatic, name: 'a'.repeat(65) }, 'name', /longer than 64/],
  ['vgw_id not a UUID', { ...validStatic, vgw_id: 'gw-1' }, 'vgw_id', /36-character UUID/],
  ['vgw_ip neither EIP id nor IPv4', { ...validStatic, vgw_ip: 'eip-1' }, 'vgw_ip', /EIP id \(UUID\).*private IPv4/],
  ['missing cgw_id', { ...validStatic, cgw_id: undefined }, 'cgw_id', /Choose a customer gateway/],
  ['unknown style', { ...validStatic, style: 'route' }, 'style', /static, policy or bgp/],
  ['policy-template style', { ...validStatic, style: 'policy-template' }, 'style', /no longer offered.*use policy/],
  ['customer subnet not a CIDR', { ...validStatic, peer_subnets: ['192.168.44.0'] }, 'peer_subnets.0', /not an IPv4 CIDR/],
  ['51 customer subnets', { ...validStatic, peer_subnets: Array.from({ length: 51 }, (_, i) => `10.${i}.0.0/24`) }, 'peer_subnets', /At most 50 customer subnets/],
  ['reserved 100.64.0.0/10', { ...validStatic, peer_subnets: ['100.64.10.0/24'] }, 'peer_subnets.0', /reserves/],
  ['reserved 214.0.0.0/8', { ...validStatic, peer_subnets: ['214.1.0.0/16'] }, 'peer_subnets.0', /214\.0\.0\.0\/8/],
  ['duplicate customer subnet', { ...validStatic, peer_subnets: ['10.0.0.0/24', '10.0.0.0/24'] }, 'peer_subnets.1', /listed twice/],
  ['no customer subnet for static', { ...validStatic, peer_subnets: [] }, 'peer_subnets', /at least one customer subnet/],
  ['tunnel address outside 169.254/16', { ...validStatic, tunnel_local_address: '10.0.0.1/30', tunnel_peer_address: '10.0.0.2/30' }, 'tunnel_local_address', /169\.254\.0\.0\/16/],
  ['tunnel address in 169.254.195.x', { ...validStatic, tunnel_local_address: '169.254.195.1/30', tunnel_peer_address: '169.254.195.2/30' }, 'tunnel_local_address', /169\.254\.195\.0\/24 is reserved/],
  ['tunnel address not /30', { ...validStatic, tunnel_local_address: '169.254.1.1/29', tunnel_peer_address: '169.254.1.2/30' }, 'tunnel_local_address', /\/30 mask/],
  ['tunnel network address', { ...validStatic, tunnel_local_address: '169.254.1.0/30', tunnel_peer_address: '169.254.1.2/30' }, 'tunnel_local_address', /network address.*169\.254\.1\.1\/30/],
  ['tunnel pair in different /30s', { ...validStatic, tunnel_local_address: '169.254.1.1/30', tunnel_peer_address: '169.254.1.6/30' }, 'tunnel_peer_address', /same \/30.*169\.254\.1\.2\/30/],
  ['only one tunnel address', { ...validStatic, tunnel_local_address: '169.254.1.1/30' }, 'tunnel_peer_address', /both tunnel interface addresses/],
  ['same tunnel address twice', { ...validStatic, tunnel_local_address: '169.254.1.1/30', tunnel_peer_address: '169.254.1.1/30' }, 'tunnel_peer_address', /must differ/],
  ['tunnel addresses on policy style', { ...validPolicy, tunnel_local_address: '169.254.1.1/30', tunnel_peer_address: '169.254.1.2/30' }, 'tunnel_local_address', /only to static and BGP/],
  ['PSK of 7 characters', { ...validStatic, psk: 'Ab1!xyz' }, 'psk', /8 to 128 characters.*has 7/],
  ['PSK of 129 characters', { ...validStatic, psk: `Ab1!${'x'.repeat(125)}` }, 'psk', /8 to 128 characters.*has 129/],
  ['PSK with two classes', { ...validStatic, psk: 'abcdefgh12' }, 'psk', /at least 3 of.*add an uppercase letter or a special character/],
  ['PSK with a forbidden character', { ...validStatic, psk: 'Abcd1234?' }, 'psk', /"\?".*does not allow/],
  ['missing PSK', { ...validStatic, psk: undefined }, 'psk', /Enter a pre-shared key/],
  ['policy rules on static', { ...validStatic, policy_rules: rules(1) }, 'policy_rules', /only to policy-based/],
  ['no policy rules on policy', { ...validPolicy, policy_rules: [] }, 'policy_rules', /at least one policy rule/],
  ['six policy rules', { ...validPolicy, policy_rules: rules(6) }, 'policy_rules', /At most 5 policy rules per connection; you have 6/],
  ['duplicate rule sources', { ...validPolicy, policy_rules: [rules(1)[0], rules(1)[0]] }, 'policy_rules.1.source', /same source as rule 1/],
  ['rule with no destination', { ...validPolicy, policy_rules: [{ source: '10.0.0.0/24', destination: [] }] }, 'policy_rules.0.destination', /at least one destination/],
  ['rule with 51 destinations', { ...validPolicy, policy_rules: [{ source: '10.0.0.0/24', destination: Array.from({ length: 51 }, (_, i) => `172.16.${i}.0/24`) }] }, 'policy_rules.0.destination', /at most 50 destinations/],
  ['enable_nqa on bgp', { ...validBgp, enable_nqa: true }, 'enable_nqa', /only to static routing/],
  ['enable_hub on static', { ...validStatic, enable_hub: true }, 'enable_hub', /only to BGP/],
  ['ha_role other than master/slave', { ...validStatic, ha_role: 'backup' }, 'ha_role', /master or slave/],
  ['IKE version v3', ike({ ike_version: 'v3' }), 'ikepolicy.ike_version', /v1, v2/],
  ['negotiation mode with IKEv2', ike({ ike_version: 'v2', phase1_negotiation_mode: 'aggressive' }), 'ikepolicy.phase1_negotiation_mode', /only to IKEv1/],
  ['IKE GCM with IKEv1', ike({ ike_version: 'v1', encryption_algorithm: 'aes-256-gcm-16' }), 'ikepolicy.encryption_algorithm', /GCM\) works only with IKEv2/],
  ['IPsec GCM with IKEv1', { ...validStatic, ikepolicy: { ike_version: 'v1' }, ipsecpolicy: { encryption_algorithm: 'aes-128-gcm-16' } }, 'ipsecpolicy.encryption_algorithm', /works only with IKEv2/],
  ['unknown IKE authentication algorithm', ike({ authentication_algorithm: 'sha3' }), 'ikepolicy.authentication_algorithm', /one of sha2-512/],
  ['unknown DH group', ike({ dh_group: 'group3' }), 'ikepolicy.dh_group', /one of group1/],
  ['IKE lifetime 59', ike({ lifetime_seconds: 59 }), 'ikepolicy.lifetime_seconds', /60 to 604800/],
  ['IKE lifetime 604801', ike({ lifetime_seconds: 604801 }), 'ikepolicy.lifetime_seconds', /60 to 604800/],
  ['FQDN identity', ike({ peer_id_type: 'fqdn' }), 'ikepolicy.peer_id_type', /FQDN identities are not supported by OTC yet; use ip/],
  ['local_id not IPv4', ike({ local_id: 'vpn.example.com' }), 'ikepolicy.local_id', /IPv4 address/],
  ['local_id equal to peer_id', ike({ local_id: '10.0.0.1', peer_id: '10.0.0.1' }), 'ikepolicy.peer_id', /must differ/],
  ['DPD timeout 1', ike({ dpd: { timeout: 1 } }), 'ikepolicy.dpd.timeout', /2 to 60/],
  ['DPD interval 3601', ike({ dpd: { interval: 3601 } }), 'ikepolicy.dpd.interval', /10 to 3600/],
  ['DPD msg unknown', ike({ dpd: { msg: 'hash' } }), 'ikepolicy.dpd.msg', /seq-hash-notify, seq-notify-hash/],
  ['PFS group3', ipsec({ pfs: 'group3' }), 'ipsecpolicy.pfs', /disable/],
  ['IPsec lifetime 29', ipsec({ lifetime_seconds: 29 }), 'ipsecpolicy.lifetime_seconds', /30 to 604800/],
  ['transform protocol ah', ipsec({ transform_protocol: 'ah' }), 'ipsecpolicy.transform_protocol', /esp/],
  ['21 tags', { ...validStatic, tags: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }, 'tags', /At most 20 tags/],
  ['tag key of 129 characters', { ...validStatic, tags: [{ key: 'k'.repeat(129), value: '' }] }, 'tags.0.key', /at most 128/],
  ['tag value with <', { ...validStatic, tags: [{ key: 'env', value: '<prod>' }] }, 'tags.0.value', /may contain only/],
  ['duplicate tag keys', { ...validStatic, tags: [{ key: 'env', value: 'a' }, { key: 'env', value: 'b' }] }, 'tags.1.key', /used twice/],
  ['unknown field', { ...validStatic, colour: 'red' }, '', /colour/],
];

describe('create VPN connection: one invalid case per rule', () => {
  it.each(invalid)('%s', (_, body, path, message) => {
    const found = issues(body).filter((i) => i.path === (path ? `vpn_connection.${path}` : 'vpn_connection'));
    expect(found.map((i) => i.message)).toContainEqual(expect.stringMatching(message));
  });

  it('accepts the space and * as PSK special characters (current docs)', () => {
    expect(issues({ ...validStatic, psk: 'abcd efg*1' })).toEqual([]);
  });

  it('requires the wrapper key', () => {
    const r = createVpnConnectionRequestSchema.safeParse({ name: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join()).toMatch(/vpn_connection is required/);
  });
});

describe('update VPN connection', () => {
  const update = (body: Body) => updateVpnConnectionRequestSchema.safeParse({ vpn_connection: body });

  it('accepts the documented updatable fields', () => {
    const r = update({
      name: 'renamed',
      peer_subnets: ['192.168.50.0/24'],
      psk: 'N3w-Secret!',
      ikepolicy: { dh_group: 'group20', dpd: { interval: 60 } },
      ipsecpolicy: { pfs: 'disable' },
    });
    expect(r.success).toBe(true);
    expect(r.data?.vpn_connection.ikepolicy).toEqual({ dh_group: 'group20', dpd: { interval: 60 } });
  });

  it.each(['style', 'vgw_id', 'vgw_ip', 'ha_role', 'enable_nqa', 'tags'])('refuses %s, which cannot change', (field) => {
    const r = update({ [field]: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('refuses authentication_method, which UpdateIkePolicy lacks', () => {
    const r = update({ ikepolicy: { authentication_method: 'pre-share' } });
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
