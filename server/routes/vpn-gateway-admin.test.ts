import { describe, expect, it } from 'vitest';
import { v5Paths } from '../../contract/api-paths.ts';
import { PROJECT, TRANSITION_MS, demo, eipId, paths, setup } from '../test-support.ts';

const VPC = '0b4e6a47-3c5d-4c6e-9f10-2a3b4c5d6e7f';
const SUBNET = '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const NEW_EIP = '3c2b1a09-8f7e-4d6c-9b5a-493827160abc';
const spec = (id: string) => v5Paths.vpnGatewaySpecification(PROJECT, id);

async function createGateway(call: ReturnType<typeof setup>['call']): Promise<string> {
  const res = await call('POST', paths.gateways(), { vpn_gateway: { vpc_id: VPC, connect_subnet: SUBNET, local_subnets: ['10.70.0.0/16'] } });
  return res.body.vpn_gateway.id as string;
}

describe('PUT /v5/{project_id}/vpn-gateways/{id}', () => {
  it('renames at once, answering the update table (no status, no supported_flavors)', async () => {
    const { call } = setup();
    const res = await call('PUT', paths.gateway(demo('gw-lab-basic')), { vpn_gateway: { name: 'lab-renamed' } });
    expect(res.status).toBe(200);
    expect(res.body.vpn_gateway).toMatchObject({ name: 'lab-renamed', used_connection_number: 1, eip1: expect.any(Object) });
    expect(res.body.vpn_gateway).not.toHaveProperty('status');
    expect(res.body.vpn_gateway).not.toHaveProperty('supported_flavors');
    expect((await call('GET', paths.gateway(demo('gw-lab-basic')))).body.vpn_gateway).toMatchObject({ name: 'lab-renamed', status: 'ACTIVE' });
  });

  it('applies new local subnets through PENDING_UPDATE, refusing other changes meanwhile (VPN.0507)', async () => {
    const { call, clock } = setup();
    const path = paths.gateway(demo('gw-lab-basic'));
    expect((await call('PUT', path, { vpn_gateway: { local_subnets: ['10.99.0.0/24', '10.98.0.0/24'] } })).status).toBe(200);
    expect((await call('GET', path)).body.vpn_gateway).toMatchObject({ status: 'PENDING_UPDATE', local_subnets: ['10.99.0.0/24', '10.98.0.0/24'] });
    const busy = await call('PUT', path, { vpn_gateway: { name: 'x' } });
    expect(busy.status).toBe(400);
    expect(busy.body).toMatchObject({ error_code: 'VPN.0507', error_msg: 'The gateway is being updated, please try again later.' });
    clock.advance(TRANSITION_MS);
    expect((await call('GET', path)).body.vpn_gateway.status).toBe('ACTIVE');
  });

  it('refuses to update a gateway that is still being created (VPN.0003, documented wording)', async () => {
    const { call } = setup();
    const id = await createGateway(call);
    const res = await call('PUT', paths.gateway(id), { vpn_gateway: { name: 'too-early' } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error_code: 'VPN.0003', error_msg: `resource (type=GATEWAY, ID=${id}) is not ready, currently CREATING` });
  });

  it('replaces an unused EIP slot with a new EIP', async () => {
    const { call, clock } = setup();
    const id = await createGateway(call);
    clock.advance(TRANSITION_MS);
    const res = await call('PUT', paths.gateway(id), { vpn_gateway: { eip_id_2: NEW_EIP } });
    expect(res.status).toBe(200);
    expect(res.body.vpn_gateway.eip2).toMatchObject({ id: NEW_EIP, ip_address: expect.stringMatching(/^80\.158\./) });
  });

  it.each([
    ['nothing to change', 'gw-lab-basic', {}, 'VPN.0001', 'nothing to change'],
    ['local subnets on an enterprise-router gateway', 'gw-er-transit', { local_subnets: ['10.1.0.0/24'] }, 'VPN.0001', 'applies only to VPC attachment'],
    ['a local subnet overlapping a connection’s customer subnet', 'gw-fra-core', { local_subnets: ['192.168.10.0/23'] }, 'VPN.0001', 'overlaps 192.168.10.0/24, a customer subnet of connection hq-frankfurt-primary'],
    ['an EIP on a private gateway', 'gw-private-mpls', { eip_id_1: NEW_EIP }, 'VPN.0001', 'is private and has no EIPs'],
    ['an EIP slot that carries connections', 'gw-fra-core', { eip_id_1: NEW_EIP }, 'VPN.0001', 'use the current EIP'],
    ['an EIP bound to another gateway', 'gw-lab-basic', { eip_id_2: eipId('gw-fra-core', 2) }, 'VPN.0112', 'belongs to VPN gateway vpngw-fra-core'],
    ['an empty local subnet list', 'gw-lab-basic', { local_subnets: [] }, 'VPN.0001', 'Keep at least one local subnet'],
    ['a field that cannot change', 'gw-lab-basic', { flavor: 'Professional1' }, 'VPN.0013', 'Unsupported attribute: vpn_gateway.flavor'],
  ])('refuses %s', async (_label, key, body, code, message) => {
    const { call } = setup();
    const res = await call('PUT', paths.gateway(demo(key)), { vpn_gateway: body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: code, error_msg: expect.stringContaining(message) });
  });

  it('answers 404 VPN.0004 for an unknown gateway before looking at the body', async () => {
    const { call } = setup();
    const res = await call('PUT', paths.gateway('00000000-0000-4000-8000-000000000000'), { nonsense: true });
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe('VPN.0004');
  });
});

describe('POST /v5/{project_id}/vpn-gateways/{id}/update-specification', () => {
  it('changes Professional1 to Professional2 through PENDING_UPDATE', async () => {
    const { call, clock } = setup();
    const id = demo('gw-prod-ha');
    const res = await call('POST', spec(id), { vpn_gateway: { flavor: 'Professional2' } });
    expect(res.status).toBe(200);
    expect(res.body.vpn_gateway).toMatchObject({ id, flavor: 'Professional2' });
    expect((await call('GET', paths.gateway(id))).body.vpn_gateway.status).toBe('PENDING_UPDATE');
    clock.advance(TRANSITION_MS);
    expect((await call('GET', paths.gateway(id))).body.vpn_gateway).toMatchObject({ status: 'ACTIVE', flavor: 'Professional2' });
  });

  it.each([
    ['Basic to Professional', 'gw-lab-basic', 'Professional1', 'VPN.0105', 'Flavor Basic cannot update to specification Professional1 with network type public'],
    ['Professional to Basic', 'gw-prod-ha', 'Basic', 'VPN.0105', 'Flavor Professional1 cannot update to specification Basic'],
    ['the current flavor', 'gw-prod-ha', 'Professional1', 'VPN.0001', 'already is Professional1; choose Professional2'],
    ['a downgrade below the EIP bandwidth', 'gw-fra-core', 'Professional1', 'VPN.0101', 'eip1 has 1000 Mbit/s but Professional1 allows at most 300'],
    ['an unknown flavor', 'gw-prod-ha', 'Professional3', 'VPN.0001', 'flavor must be Basic, Professional1 or Professional2'],
  ])('refuses %s', async (_label, key, flavor, code, message) => {
    const { call } = setup();
    const res = await call('POST', spec(demo(key)), { vpn_gateway: { flavor } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: code, error_msg: expect.stringContaining(message) });
  });

  it('refuses while the gateway is being created (VPN.0003) and deleted (VPN.0508)', async () => {
    const { call, clock } = setup();
    const id = await createGateway(call);
    expect((await call('POST', spec(id), { vpn_gateway: { flavor: 'Professional2' } })).body.error_code).toBe('VPN.0003');
    clock.advance(TRANSITION_MS);
    expect((await call('DELETE', paths.gateway(id))).status).toBe(204);
    const res = await call('POST', spec(id), { vpn_gateway: { flavor: 'Professional2' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'VPN.0508', error_msg: 'The gateway is being deleted.' });
  });
});

describe('DELETE /v5/{project_id}/vpn-gateways/{id}', () => {
  it('goes through PENDING_DELETE and is gone (404) after the transition time', async () => {
    const { call, clock } = setup();
    const id = await createGateway(call);
    const early = await call('DELETE', paths.gateway(id));
    expect(early).toMatchObject({ status: 409, body: { error_code: 'VPN.0003' } });
    clock.advance(TRANSITION_MS);
    expect((await call('DELETE', paths.gateway(id))).status).toBe(204);
    expect((await call('GET', paths.gateway(id))).body.vpn_gateway.status).toBe('PENDING_DELETE');
    expect((await call('DELETE', paths.gateway(id))).body.error_code).toBe('VPN.0508');
    clock.advance(TRANSITION_MS);
    expect((await call('GET', paths.gateway(id))).status).toBe(404);
  });

  it('refuses while connections use the gateway, naming them, until they are gone', async () => {
    const { call, clock } = setup();
    const id = demo('gw-private-mpls');
    const res = await call('DELETE', paths.gateway(id));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: 'VPN.0001',
      error_msg: `invalid request: vpn gateway ${id} has connection; delete its 2 VPN connections first (dc-berlin-mpls-a, dc-berlin-mpls-b)`,
    });
    await call('DELETE', paths.connection(demo('vpn-berlin-a')));
    await call('DELETE', paths.connection(demo('vpn-berlin-b')));
    // Connections being deleted are still in the way.
    expect((await call('DELETE', paths.gateway(id))).status).toBe(400);
    clock.advance(TRANSITION_MS);
    expect((await call('DELETE', paths.gateway(id))).status).toBe(204);
  });

  it('refuses new connections on a gateway that is being deleted', async () => {
    const { call, clock } = setup();
    const id = await createGateway(call);
    clock.advance(TRANSITION_MS);
    await call('DELETE', paths.gateway(id));
    const gw = (await call('GET', paths.gateway(id))).body.vpn_gateway;
    const res = await call('POST', paths.connections(), {
      vpn_connection: { vgw_id: id, vgw_ip: gw.eip1.id, cgw_id: demo('cgw-spare-lte'), peer_subnets: ['192.168.200.0/24'], psk: 'Abcd1234!x' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error_code).toBe('VPN.0016');
  });
});
