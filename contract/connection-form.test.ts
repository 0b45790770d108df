import { describe, expect, it } from 'vitest';
import { fixtureIds, fixturePsk, validBgp, validPolicy, validStatic } from './__fixtures__/vpn-connection.ts';
import {
  BLANK_ROW,
  connectionFormBody,
  connectionFormSchema,
  connectionFormValuesSchema,
  defaultConnectionFormValues,
  PSK_CONFIRM_MISMATCH,
  PSK_CONFIRM_MISSING,
  type ConnectionFormValues,
} from './connection-form.ts';
import { createVpnConnectionSchema } from './vpn-connection.ts';
import type { VpnGateway } from './vpn-gateway.ts';

const gateway: VpnGateway = {
  id: fixtureIds.vgwId,
  name: 'gw-a',
  status: 'ACTIVE',
  network_type: 'public',
  ha_mode: 'active-active',
  bgp_asn: 64512,
  connection_number: 10,
  used_connection_number: 1,
  eip1: { id: fixtureIds.vgwIp, ip_address: '80.158.0.1' },
};
const cgw = { id: fixtureIds.cgwId, name: 'site-a', id_value: '203.0.113.1', bgp_asn: 65001 };
const context = { gateways: [gateway], customerGateways: [cgw] };

function form(overrides: Partial<ConnectionFormValues> = {}): ConnectionFormValues {
  return {
    ...defaultConnectionFormValues(overrides.style),
    vgw_id: fixtureIds.vgwId,
    vgw_ip: fixtureIds.vgwIp,
    cgw_id: fixtureIds.cgwId,
    peer_subnets: ['192.168.44.0/24'],
    psk: fixturePsk,
    psk_confirm: fixturePsk,
    ...overrides,
  };
}

function issues(values: ConnectionFormValues, ctx = context) {
  const r = connectionFormSchema(ctx).safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('connection form: values', () => {
  it('starts from the documented defaults', () => {
    const v = defaultConnectionFormValues();
    expect(v.style).toBe('static');
    expect(v.ikepolicy).toMatchObject({ ike_version: 'v2', authentication_algorithm: 'sha2-256', encryption_algorithm: 'aes-128', dh_group: 'group15', lifetime_seconds: 86400 });
    expect(v.ikepolicy.dpd).toEqual({ timeout: 15, interval: 30, msg: 'seq-hash-notify' });
    expect(v.ipsecpolicy).toEqual({ authentication_algorithm: 'sha2-256', encryption_algorithm: 'aes-128', pfs: 'group15', lifetime_seconds: 3600 });
  });

  it('falls back field by field for a damaged draft', () => {
    const v = connectionFormValuesSchema.parse({ style: 'bgp', peer_subnets: 'x', ikepolicy: { dh_group: 'group99', lifetime_seconds: 7200 }, extra: 1 });
    expect(v.style).toBe('bgp');
    expect(v.peer_subnets).toEqual(['']);
    expect(v.ikepolicy.dh_group).toBe('group15');
    expect(v.ikepolicy.lifetime_seconds).toBe(7200);
    expect(v).not.toHaveProperty('extra');
  });
});

describe('connection form: the body of the chosen style', () => {
  it('sends only the fields of the style; other styles’ values stay in the form unsent', () => {
    const values = form({ style: 'static', enable_hub: true, policy_rules: [{ source: '10.0.0.0/24', destination: ['1.2.3.0/24'] }] });
    const body = connectionFormBody(values);
    expect(body.enable_hub).toBeUndefined();
    expect(body.policy_rules).toBeUndefined();
    expect(body.enable_nqa).toBe(false);
    expect(body.tunnel_local_address).toBeUndefined();
  });

  it('leaves out a blank name, automatic tunnel addresses, empty tags and the IKEv2 negotiation mode', () => {
    const body = connectionFormBody(form({ tunnel_local_address: '169.254.1.1/30' }));
    expect(body).not.toHaveProperty('name', expect.anything());
    expect(body.tunnel_local_address).toBeUndefined();
    expect(body.tags).toBeUndefined();
    expect((body.ikepolicy as Record<string, unknown>).phase1_negotiation_mode).toBeUndefined();
  });

  it.each([
    ['static', form({ style: 'static' }), { ...validStatic, style: 'static' }],
    ['policy', form({ style: 'policy', policy_rules: validPolicy.policy_rules }), validPolicy],
    [
      'bgp',
      connectionFormValuesSchema.parse({
        ...form({ style: 'bgp' }),
        name: validBgp.name,
        tunnel_mode: 'manual',
        tunnel_local_address: validBgp.tunnel_local_address,
        tunnel_peer_address: validBgp.tunnel_peer_address,
        ikepolicy: validBgp.ikepolicy,
        ipsecpolicy: validBgp.ipsecpolicy,
      }),
      validBgp,
    ],
  ] as const)('outputs exactly what the create schema makes of the %s seed example', (_, values, example) => {
    const r = connectionFormSchema(context).safeParse(values);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(createVpnConnectionSchema.parse(example));
  });
});

describe('connection form: cross-field rules land on the field to change', () => {
  it('tunnel pair in different /30s, even while the PSK is still missing', () => {
    const values = form({ psk: '', psk_confirm: '', tunnel_mode: 'manual', tunnel_local_address: '169.254.1.1/30', tunnel_peer_address: '169.254.2.2/30' });
    expect(issues(values)).toContainEqual({
      path: 'tunnel_peer_address',
      message: 'The customer tunnel address must be in the same /30 as the local one (169.254.1.0/30), e.g. 169.254.1.2/30',
    });
  });

  it('GCM with IKEv1, on each cipher, once', () => {
    const values = form({
      ikepolicy: { ...defaultConnectionFormValues().ikepolicy, ike_version: 'v1', encryption_algorithm: 'aes-256-gcm-16' },
      ipsecpolicy: { ...defaultConnectionFormValues().ipsecpolicy, encryption_algorithm: 'aes-128-gcm-16' },
    });
    const found = issues(values).filter((i) => i.message.includes('(GCM) works only with IKEv2'));
    expect(found.map((i) => i.path).sort()).toEqual(['ikepolicy.encryption_algorithm', 'ipsecpolicy.encryption_algorithm']);
  });

  it('duplicate policy sources, on the later rule', () => {
    const rule = { source: '10.0.0.0/24', destination: ['192.168.44.0/24'] };
    expect(issues(form({ style: 'policy', policy_rules: [rule, { ...rule, destination: ['192.168.45.0/24'] }] }))).toContainEqual({
      path: 'policy_rules.1.source',
      message: 'Rule 2 has the same source as rule 1 (10.0.0.0/24); each rule needs its own source',
    });
  });

  it('PSK confirmation missing or different, on the confirmation', () => {
    expect(issues(form({ psk_confirm: '' }))).toEqual([{ path: 'psk_confirm', message: PSK_CONFIRM_MISSING }]);
    expect(issues(form({ psk_confirm: `${fixturePsk}x` }))).toEqual([{ path: 'psk_confirm', message: PSK_CONFIRM_MISMATCH }]);
  });

  it('BGP with a customer gateway of the same ASN as the VPN gateway, on the customer gateway', () => {
    const clash = { ...cgw, bgp_asn: 64512 };
    expect(issues(form({ style: 'bgp' }), { gateways: [gateway], customerGateways: [clash] })).toEqual([
      {
        path: 'cgw_id',
        message:
          'Customer gateway site-a has BGP ASN 64512, the same as VPN gateway gw-a; the two ends of a BGP connection need different ASNs: choose or create a customer gateway with another ASN',
      },
    ]);
    expect(issues(form({ style: 'static' }), { gateways: [gateway], customerGateways: [clash] })).toEqual([]);
  });
});

describe('connection form: the chosen objects', () => {
  it('refuses a full or inactive gateway and an address of another gateway', () => {
    const full = { ...gateway, used_connection_number: 10 };
    expect(issues(form(), { gateways: [full], customerGateways: [cgw] })[0]?.message).toMatch(/already uses 10 of its 10 connections/);
    const pending = { ...gateway, status: 'PENDING_CREATE' as const };
    expect(issues(form(), { gateways: [pending], customerGateways: [cgw] })[0]?.message).toMatch(/is PENDING_CREATE; connections can be added once it is ACTIVE/);
    expect(issues(form({ vgw_ip: '0c464dad-6c1e-4a8d-a86e-000000000000' }))[0]).toMatchObject({ path: 'vgw_ip' });
  });

  it('requires customer subnets for policy and BGP unless the gateway is attached to an enterprise router', () => {
    expect(issues(form({ style: 'bgp', peer_subnets: [''] }))[0]).toMatchObject({ path: 'peer_subnets', message: expect.stringMatching(/^Add at least one customer subnet/) });
    const er = { ...gateway, attachment_type: 'er' };
    const r = connectionFormSchema({ gateways: [er], customerGateways: [cgw] }).safeParse(form({ style: 'bgp', peer_subnets: [''] }));
    expect(r.success && r.data.peer_subnets).toBeUndefined();
  });

  it('asks to fill or remove an empty row instead of quoting ""', () => {
    expect(issues(form({ peer_subnets: ['192.168.44.0/24', ''] }))).toEqual([{ path: 'peer_subnets.1', message: BLANK_ROW }]);
  });
});
