import { describe, expect, it } from 'vitest';
import { cid, cp, NEUTRON_TIME, TENANT } from '../classic/classic-test-support.ts';
import { setup, TRANSITION_MS } from '../test-support.ts';

describe('/v2.0/vpn/vpnservices', () => {
  it('creates a service on a VPC router: PENDING_CREATE, then ACTIVE', async () => {
    const { call, clock } = setup();
    const res = await call('POST', cp.vpnServices(), { vpnservice: { router_id: cid('r-data'), name: 'vpnsvc-data', subnet_id: null } });
    expect(res.status).toBe(201);
    const s = res.body.vpnservice;
    expect(s).toMatchObject({ router_id: cid('r-data'), status: 'PENDING_CREATE', admin_state_up: true, subnet_id: null, tenant_id: TENANT, name: 'vpnsvc-data' });
    expect(s.external_v4_ip).toMatch(/^80\.158\.\d+\.\d+$/);
    expect(s.created_at).toMatch(NEUTRON_TIME);
    clock.advance(TRANSITION_MS);
    expect((await call('GET', cp.vpnService(s.id))).body.vpnservice).toMatchObject({ status: 'ACTIVE', tags: [] });
  });

  it('answers 404 for an unknown router and 400 beyond 2 services per project', async () => {
    const { call } = setup();
    const unknown = await call('POST', cp.vpnServices(), { vpnservice: { router_id: 'no-such-router' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.NeutronError.type).toBe('RouterNotFound');
    expect((await call('POST', cp.vpnServices(), { vpnservice: { router_id: cid('r-data') } })).status).toBe(201);
    const third = await call('POST', cp.vpnServices(), { vpnservice: { router_id: cid('r-data') } });
    expect(third.status).toBe(400);
    expect(third.body.NeutronError.message).toMatch(/already has 2 classic VPN services/);
  });

  it('renames a service, refuses admin_state_up false, and refuses deleting one in use (409)', async () => {
    const { call } = setup();
    const path = cp.vpnService(cid('svc-web'));
    expect((await call('PUT', path, { vpnservice: { name: 'web-renamed' } })).body.vpnservice.name).toBe('web-renamed');
    expect((await call('PUT', path, { vpnservice: { admin_state_up: false } })).status).toBe(400);
    const del = await call('DELETE', path);
    expect(del.status).toBe(409);
    expect(del.body.NeutronError.message).toMatch(/VPN service web-renamed .* is used by 2 IPsec site connections/);
  });

  it('deletes an unused service through PENDING_DELETE', async () => {
    const { call, clock } = setup();
    const created = (await call('POST', cp.vpnServices(), { vpnservice: { router_id: cid('r-data') } })).body.vpnservice;
    clock.advance(TRANSITION_MS);
    expect((await call('DELETE', cp.vpnService(created.id))).status).toBe(204);
    expect((await call('GET', cp.vpnService(created.id))).body.vpnservice.status).toBe('PENDING_DELETE');
    clock.advance(TRANSITION_MS);
    expect((await call('GET', cp.vpnService(created.id))).status).toBe(404);
  });
});

describe('/v2.0/vpn/endpoint-groups', () => {
  it('creates cidr and subnet groups and keeps all endpoints of one type', async () => {
    const { call } = setup();
    const cidr = await call('POST', cp.endpointGroups(), { endpoint_group: { endpoints: ['10.2.0.0/24', '10.3.0.0/24'], type: 'cidr', name: 'peers' } });
    expect(cidr.status).toBe(201);
    expect(cidr.body.endpoint_group).toMatchObject({ description: '', tenant_id: TENANT, endpoints: ['10.2.0.0/24', '10.3.0.0/24'], type: 'cidr', name: 'peers' });
    const subnet = await call('POST', cp.endpointGroups(), { endpoint_group: { type: 'subnet', endpoints: [cid('sn-db')] } });
    expect(subnet.status).toBe(201);
    const mixed = await call('POST', cp.endpointGroups(), { endpoint_group: { type: 'cidr', endpoints: ['10.0.0.0/24', cid('sn-db')] } });
    expect(mixed.status).toBe(400);
    expect(mixed.body.NeutronError.message).toMatch(/endpoints\[1\]: .* is not a CIDR block/);
  });

  it('answers 404 for a subnet id that does not exist', async () => {
    const { call } = setup();
    const res = await call('POST', cp.endpointGroups(), { endpoint_group: { type: 'subnet', endpoints: ['3e1815dd-e212-43d0-8f13-b494fa553e68'] } });
    expect(res.status).toBe(404);
    expect(res.body.NeutronError.type).toBe('SubnetNotFound');
  });

  it('renames a group but refuses changing its type or endpoints', async () => {
    const { call } = setup();
    const path = cp.endpointGroup(cid('eg-peer-hq'));
    expect((await call('PUT', path, { endpoint_group: { name: 'hq' } })).body.endpoint_group.name).toBe('hq');
    const res = await call('PUT', path, { endpoint_group: { endpoints: ['10.9.0.0/24'] } });
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/endpoints cannot be changed after creation/);
  });

  it('refuses deleting a group in use (409) and deletes an unused one', async () => {
    const { call } = setup();
    const del = await call('DELETE', cp.endpointGroup(cid('eg-local-web')));
    expect(del.status).toBe(409);
    expect(del.body.NeutronError.type).toBe('EndpointGroupInUse');
    expect((await call('DELETE', cp.endpointGroup(cid('eg-peer-spare')))).status).toBe(204);
  });
});

describe('GET /v2.0/routers and /v2.0/subnets', () => {
  it('lists the seeded VPCs and their subnets, each naming its router as vpc_id', async () => {
    const { call } = setup();
    const routers = (await call('GET', cp.routers())).body.routers;
    expect(routers.map((r: { name: string }) => r.name)).toEqual(['vpc-web-prod', 'vpc-data']);
    const subnets = (await call('GET', `${cp.subnets()}?vpc_id=${cid('r-data')}`)).body.subnets;
    expect(subnets.map((s: { name: string; vpc_id: string }) => [s.name, s.vpc_id])).toEqual([
      ['subnet-db', cid('r-data')],
      ['subnet-backup', cid('r-data')],
    ]);
    expect((await call('POST', cp.routers(), {})).status).toBe(404);
  });
});
