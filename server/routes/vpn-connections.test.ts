import { describe, expect, it } from 'vitest';
import { validBgp, validPolicy, validStatic } from '../../contract/__fixtures__/vpn-connection.ts';
import { vpnConnectionResponseSchema } from '../../contract/vpn-connection.ts';
import { tunnelBlockOf } from '../store/cidr.ts';
import { OTHER_PROJECT, PROJECT, PSK, TRANSITION_MS, demo, eipId, paths, setup, staticBody } from '../test-support.ts';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const fra = { vgw_id: demo('gw-fra-core'), vgw_ip: eipId('gw-fra-core', 1) };
const ids = { ...fra, cgw_id: demo('cgw-spare-lte') };

describe('POST /v5/{project_id}/vpn-connection', () => {
  it.each([
    ['static (doc example)', validStatic, 'STATIC'],
    ['policy (doc example)', { ...validPolicy, policy_rules: [{ source: '10.10.1.0/24', destination: ['192.168.44.0/24'] }] }, 'POLICY'],
    ['bgp (doc example)', { ...validBgp, ikepolicy: { ...validBgp.ikepolicy, local_id: '10.1.0.134', peer_id: '88.99.1.164' } }, 'BGP'],
  ])('creates a %s connection: 201, uppercase style, request_id, no PSK', async (_label, example, style) => {
    const { call } = setup();
    const res = await call('POST', paths.connections(), { vpn_connection: { ...example, ...ids } });
    expect(res.status).toBe(201);
    expect(vpnConnectionResponseSchema.safeParse(res.body).success).toBe(true);
    expect(res.body.vpn_connection.style).toBe(style);
    expect(res.body.request_id).toBe(res.headers.get('X-Request-Id'));
    expect(JSON.stringify(res.body)).not.toContain(PSK);
    expect(res.body.vpn_connection).not.toHaveProperty('psk');
  });

  it('fills every documented default and generates the name', async () => {
    const { call } = setup();
    const { body } = await call('POST', paths.connections(), staticBody());
    const c = body.vpn_connection;
    expect(c.name).toMatch(/^vpn-[0-9a-f]{4}$/);
    expect(c.created_at).toMatch(TIMESTAMP);
    expect(c.updated_at).toBe(c.created_at);
    expect(c).toMatchObject({
      style: 'STATIC',
      enable_nqa: false,
      ha_role: 'master',
      enterprise_project_id: '0',
      tags: [],
      ikepolicy: {
        ike_version: 'v2',
        authentication_algorithm: 'sha2-256',
        encryption_algorithm: 'aes-128',
        dh_group: 'group15',
        authentication_method: 'pre-share',
        lifetime_seconds: 86400,
        local_id_type: 'ip',
        peer_id_type: 'ip',
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
    });
    expect(c.ikepolicy).not.toHaveProperty('phase1_negotiation_mode');
    expect(c).not.toHaveProperty('policy_rules');
    expect(c).not.toHaveProperty('enable_hub');
  });

  it('defaults the IKE identities to the gateway address used and the customer gateway address', async () => {
    const { call } = setup();
    const gw = (await call('GET', paths.gateway(fra.vgw_id))).body.vpn_gateway;
    const c = (await call('POST', paths.connections(), staticBody())).body.vpn_connection;
    expect(c.ikepolicy.local_id).toBe(gw.eip1.ip_address);
    expect(c.ikepolicy.peer_id).toBe('203.0.113.200');
  });

  it('assigns a free tunnel /30 pair per gateway when none is given, but not for policy', async () => {
    const { call } = setup();
    const seeded = (await call('GET', `${paths.connections()}?vgw_id=${fra.vgw_id}`)).body.vpn_connections;
    const a = (await call('POST', paths.connections(), staticBody())).body.vpn_connection;
    const b = (await call('POST', paths.connections(), staticBody({ vgw_ip: eipId('gw-fra-core', 2) }))).body.vpn_connection;
    const blocks = [...seeded, a, b].map((c) => tunnelBlockOf(c.tunnel_local_address)).filter((b) => b !== undefined);
    expect(new Set(blocks).size).toBe(blocks.length);
    expect(a.tunnel_local_address).toMatch(/^169\.254\.\d+\.\d+\/30$/);
    expect(a.tunnel_peer_address).toMatch(/^169\.254\.\d+\.\d+\/30$/);
    const policy = await call('POST', paths.connections(), {
      vpn_connection: { ...validPolicy, ...ids, cgw_id: demo('cgw-partner-acme'), policy_rules: [{ source: '10.10.1.0/24', destination: ['192.168.44.0/24'] }] },
    });
    expect(policy.status).toBe(201);
    expect(policy.body.vpn_connection).not.toHaveProperty('tunnel_local_address');
  });

  it('gives created connections unique, increasing created_at even within one millisecond', async () => {
    const { call } = setup();
    const a = (await call('POST', paths.connections(), staticBody())).body.vpn_connection;
    const b = (await call('POST', paths.connections(), staticBody({ vgw_ip: eipId('gw-fra-core', 2) }))).body.vpn_connection;
    expect(b.created_at > a.created_at).toBe(true);
  });
});

describe('GET /v5/{project_id}/vpn-connection/{id}', () => {
  it('shows a connection with its status', async () => {
    const { call } = setup();
    const res = await call('GET', paths.connection(demo('vpn-hq-1')));
    expect(res.status).toBe(200);
    expect(res.body.vpn_connection).toMatchObject({ name: 'hq-frankfurt-primary', status: 'ACTIVE', style: 'STATIC' });
    expect(res.body.request_id).toEqual(expect.any(String));
  });

  it.each([
    ['an unknown id', paths.connection('00000000-0000-4000-8000-000000000000')],
    ["another project's id", paths.connection(demo('vpn-hq-1', OTHER_PROJECT))],
  ])('answers 404 VPN.0004 for %s', async (_label, path) => {
    const { call } = setup();
    const res = await call('GET', path);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error_code: 'VPN.0004', error_msg: expect.stringContaining('resource not found'), request_id: expect.any(String) });
  });
});

describe('PUT /v5/{project_id}/vpn-connection/{id}', () => {
  it('updates the documented fields and keeps what was not sent', async () => {
    const { call } = setup();
    const id = demo('vpn-munich-1');
    const before = (await call('GET', paths.connection(id))).body.vpn_connection;
    const res = await call('PUT', paths.connection(id), {
      vpn_connection: { name: 'munich-renamed', peer_subnets: ['192.168.21.0/24'], psk: 'New-Key-42x', ikepolicy: { lifetime_seconds: 3600, dpd: { timeout: 20 } }, enable_hub: true },
    });
    expect(res.status).toBe(200);
    const c = res.body.vpn_connection;
    expect(c).toMatchObject({ name: 'munich-renamed', peer_subnets: ['192.168.21.0/24'], enable_hub: true });
    expect((await call('GET', paths.connection(id))).body.vpn_connection.status).toBe('PENDING_UPDATE');
    expect(c.ikepolicy).toEqual({ ...before.ikepolicy, lifetime_seconds: 3600, dpd: { ...before.ikepolicy.dpd, timeout: 20 } });
    expect(c.ipsecpolicy).toEqual(before.ipsecpolicy);
    expect(c.created_at).toBe(before.created_at);
    expect(JSON.stringify(res.body)).not.toContain('New-Key-42x');
  });

  it('moves the default peer ID along when the customer gateway changes', async () => {
    const { call } = setup();
    const res = await call('PUT', paths.connection(demo('vpn-hq-1')), { vpn_connection: { cgw_id: demo('cgw-spare-lte') } });
    expect(res.status).toBe(200);
    expect(res.body.vpn_connection).toMatchObject({ cgw_id: demo('cgw-spare-lte'), ikepolicy: { peer_id: '203.0.113.200' } });
  });

  it.each([
    [{ style: 'bgp' }, 'Unsupported attribute: vpn_connection.style'],
    [{ vgw_id: demo('gw-prod-ha') }, 'Unsupported attribute: vpn_connection.vgw_id'],
    [{ ha_role: 'slave' }, 'Unsupported attribute: vpn_connection.ha_role'],
    [{ enable_nqa: true }, 'Unsupported attribute: vpn_connection.enable_nqa'],
    [{ ikepolicy: { authentication_method: 'pre-share' } }, 'Unsupported attribute: vpn_connection.ikepolicy.authentication_method'],
  ])('refuses unchangeable field %j with 400 VPN.0013', async (patch, message) => {
    const { call } = setup();
    const res = await call('PUT', paths.connection(demo('vpn-hq-1')), { vpn_connection: patch });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'VPN.0013', error_msg: message });
  });

  it('refuses an update while the connection is PENDING_* with 400 VPN.0306, and allows it afterwards', async () => {
    const { call, clock } = setup();
    const id = (await call('POST', paths.connections(), staticBody())).body.vpn_connection.id;
    const res = await call('PUT', paths.connection(id), { vpn_connection: { name: 'too-early' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'VPN.0306', error_msg: expect.stringContaining('The connection is being updated, please try again later.') });
    clock.advance(TRANSITION_MS);
    expect((await call('PUT', paths.connection(id), { vpn_connection: { name: 'in-time' } })).status).toBe(200);
  });

  it('answers 404 for an unknown id even with a bad body', async () => {
    const { call } = setup();
    const res = await call('PUT', paths.connection('00000000-0000-4000-8000-000000000000'), '{nope');
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe('VPN.0004');
  });
});

describe('DELETE /v5/{project_id}/vpn-connection/{id}', () => {
  it('answers 204, then 425 VPN.0009 while it is deleting, then 404 once gone', async () => {
    const { call, clock } = setup();
    const id = demo('vpn-hq-2');
    const first = await call('DELETE', paths.connection(id));
    expect(first.status).toBe(204);
    expect(first.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    const again = await call('DELETE', paths.connection(id));
    expect(again.status).toBe(425);
    expect(again.body).toMatchObject({ error_code: 'VPN.0009', error_msg: `Connection ${id} is deleting.` });
    clock.advance(TRANSITION_MS);
    expect((await call('DELETE', paths.connection(id))).status).toBe(404);
  });

  it('refuses to delete a FREEZED connection with the documented VPN.0001 message', async () => {
    const { call, store } = setup();
    const id = demo('vpn-hq-1');
    store.vpnConnections.forceStatus(PROJECT, id, 'FREEZED');
    const res = await call('DELETE', paths.connection(id));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'VPN.0001', error_msg: 'invalid request: ILLEGAL not allowed delete vpnConnection' });
  });
});
