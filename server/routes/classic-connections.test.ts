import { describe, expect, it } from 'vitest';
import { classicTenantIdForToken } from '../../contract/classic/classic-tenant.ts';
import { cid, cp, NEUTRON_TIME, seedCreateBody, TENANT } from '../classic/classic-test-support.ts';
import { setup, TRANSITION_MS } from '../test-support.ts';

describe('POST /v2.0/vpn/ipsec-site-connections', () => {
  it('accepts seed 001 (with seeded ids) and answers in the documented shape and defaults', async () => {
    const { call } = setup();
    const res = await call('POST', cp.ipsecSiteConnections(), seedCreateBody());
    expect(res.status).toBe(201);
    const c = res.body.ipsec_site_connection;
    expect(c).toMatchObject({
      status: 'PENDING_CREATE',
      psk: 'secret',
      initiator: 'bi-directional',
      name: 'vpnconnection1',
      admin_state_up: true,
      tenant_id: TENANT,
      auth_mode: 'psk',
      route_mode: 'static',
      peer_cidrs: [],
      mtu: 1500,
      dpd: { action: 'hold', interval: 30, timeout: 120 },
      peer_address: '172.24.4.233',
      peer_id: '172.24.4.233',
      description: '',
      order_id: '',
      product_id: '',
    });
    expect(c.created_at).toMatch(NEUTRON_TIME);
    expect(res.body).not.toHaveProperty('request_id');
    expect(c).not.toHaveProperty('tags');
  });

  it('goes PENDING_CREATE → DOWN → ACTIVE, one transition each', async () => {
    const { call, clock } = setup();
    const { body } = await call('POST', cp.ipsecSiteConnections(), seedCreateBody());
    const status = async () => (await call('GET', cp.ipsecSiteConnection(body.ipsec_site_connection.id))).body.ipsec_site_connection.status;
    expect(await status()).toBe('PENDING_CREATE');
    clock.advance(TRANSITION_MS);
    expect(await status()).toBe('DOWN');
    clock.advance(TRANSITION_MS);
    expect(await status()).toBe('ACTIVE');
  });

  it('answers show and list with tags and the fields filter', async () => {
    const { call } = setup();
    const show = await call('GET', cp.ipsecSiteConnection(cid('conn-hq')));
    expect(show.body.ipsec_site_connection).toMatchObject({ name: 'classic-hq', status: 'ACTIVE', tags: [] });
    const list = await call('GET', `${cp.ipsecSiteConnections()}?fields=id&fields=name`);
    expect(list.body.ipsec_site_connections).toEqual([
      { id: cid('conn-hq'), name: 'classic-hq' },
      { id: cid('conn-lab'), name: 'classic-lab' },
    ]);
  });
});

describe('PUT /v2.0/vpn/ipsec-site-connections/{id}', () => {
  it("refuses seed 003's mtu 1200 with the reason", async () => {
    const { call } = setup();
    const res = await call('PUT', cp.ipsecSiteConnection(cid('conn-hq')), { ipsec_site_connection: { mtu: 1200 } });
    expect(res.status).toBe(400);
    expect(res.body.NeutronError).toMatchObject({ type: 'HTTPBadRequest', detail: '' });
    expect(res.body.NeutronError.message).toMatch(/ipsec_site_connection\.mtu: OTC allows only MTU 1500/);
  });

  it('says so when the body is not JSON (seed 003 verbatim has a trailing comma)', async () => {
    const { call } = setup();
    const res = await call('PUT', cp.ipsecSiteConnection(cid('conn-hq')), '{"ipsec_site_connection" : {"mtu" : 1200,}}');
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/not valid JSON.*without trailing commas/);
  });

  it.each([
    ['ikepolicy_id', cid('ike-legacy')],
    ['ipsecpolicy_id', cid('ipsec-legacy')],
    ['vpnservice_id', cid('svc-web')],
    ['tenant_id', TENANT],
  ])('refuses a change of %s with 400 instead of ignoring it', async (field, value) => {
    const { call } = setup();
    const res = await call('PUT', cp.ipsecSiteConnection(cid('conn-hq')), { ipsec_site_connection: { [field]: value } });
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(new RegExp(`${field}: ${field} cannot be changed`));
  });

  it('updates peer address, DPD and name through PENDING_UPDATE back to the previous status', async () => {
    const { call, clock } = setup();
    const path = cp.ipsecSiteConnection(cid('conn-hq'));
    const dpd = { action: 'restart', interval: 20, timeout: 80 };
    const res = await call('PUT', path, { ipsec_site_connection: { peer_address: '198.51.100.7', name: 'hq-renamed', dpd } });
    expect(res.status).toBe(200);
    expect(res.body.ipsec_site_connection).toMatchObject({ status: 'PENDING_UPDATE', peer_address: '198.51.100.7', name: 'hq-renamed', dpd, project_id: TENANT });
    const again = await call('PUT', path, { ipsec_site_connection: { name: 'x' } });
    expect(again.status).toBe(400);
    expect(again.body.NeutronError).toMatchObject({ type: 'VPNStateInvalidToUpdate' });
    expect(again.body.NeutronError.message).toMatch(/PENDING_UPDATE and cannot be updated now/);
    clock.advance(TRANSITION_MS);
    expect((await call('GET', path)).body.ipsec_site_connection.status).toBe('ACTIVE');
  });

  it('keeps the DPD timeout above the interval when only one of them changes', async () => {
    const { call } = setup();
    const res = await call('PUT', cp.ipsecSiteConnection(cid('conn-hq')), { ipsec_site_connection: { dpd: { interval: 200 } } });
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/timeout \(120 s\) must be greater than the interval \(200 s\)/);
  });

  it('answers 404 for an unknown connection, whatever the body', async () => {
    const { call } = setup();
    const res = await call('PUT', cp.ipsecSiteConnection('nope'), { ipsec_site_connection: { mtu: 1200 } });
    expect(res.status).toBe(404);
    expect(res.body.NeutronError.type).toBe('IPsecSiteConnectionNotFound');
  });
});

describe('DELETE /v2.0/vpn/ipsec-site-connections/{id}', () => {
  it('goes through PENDING_DELETE to 404', async () => {
    const { call, clock } = setup();
    const path = cp.ipsecSiteConnection(cid('conn-lab'));
    const res = await call('DELETE', path);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect((await call('GET', path)).body.ipsec_site_connection.status).toBe('PENDING_DELETE');
    expect((await call('DELETE', path)).status).toBe(400);
    clock.advance(TRANSITION_MS);
    expect((await call('GET', path)).status).toBe(404);
  });
});

describe('tenants and tokens', () => {
  it('answers 401 Neutron-style without a token', async () => {
    const { call } = setup();
    const res = await call('GET', cp.ipsecSiteConnections(), undefined, { 'X-Auth-Token': '' });
    expect(res.status).toBe(401);
    expect(res.body.NeutronError.type).toBe('HTTPUnauthorized');
  });

  it('gives each token its own seeded tenant, and X-Project-Id overrides it', async () => {
    const { call } = setup();
    const created = await call('POST', cp.ipsecSiteConnections(), seedCreateBody());
    const other = await call('GET', cp.ipsecSiteConnections(), undefined, { 'X-Auth-Token': 'other-token' });
    expect(other.body.ipsec_site_connections).toHaveLength(2);
    expect(other.body.ipsec_site_connections[0].tenant_id).toBe(classicTenantIdForToken('other-token'));
    const explicit = await call('GET', cp.ipsecSiteConnections(), undefined, { 'X-Auth-Token': 'other-token', 'X-Project-Id': TENANT });
    expect(explicit.body.ipsec_site_connections.map((c: { id: string }) => c.id)).toContain(created.body.ipsec_site_connection.id);
  });

  it('answers unknown v2.0 paths with a Neutron 404', async () => {
    const { call } = setup();
    const res = await call('GET', '/v2.0/vpn/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.NeutronError.message).toMatch(/not a classic VPN API/);
  });
});
