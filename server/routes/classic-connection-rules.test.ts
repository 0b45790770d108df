import { describe, expect, it } from 'vitest';
import { cid, cp, seedCreateBody } from '../classic/classic-test-support.ts';
import { setup } from '../test-support.ts';

async function createGroup(call: ReturnType<typeof setup>['call'], type: string, endpoints: string[]): Promise<string> {
  const res = await call('POST', cp.endpointGroups(), { endpoint_group: { type, endpoints } });
  expect(res.status).toBe(201);
  return res.body.endpoint_group.id;
}

describe('classic connection references', () => {
  it.each([
    ['ikepolicy_id', 'IKEPolicyNotFound'],
    ['ipsecpolicy_id', 'IPsecPolicyNotFound'],
    ['vpnservice_id', 'VPNServiceNotFound'],
    ['local_ep_group_id', 'VPNEndpointGroupNotFound'],
    ['peer_ep_group_id', 'VPNEndpointGroupNotFound'],
  ])('answers 404 for an unknown %s', async (field, type) => {
    const { call } = setup();
    const res = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ [field]: '3e1815dd-e212-43d0-8f13-b494fa553e68' }));
    expect(res.status).toBe(404);
    expect(res.body.NeutronError.type).toBe(type);
    expect(res.body.NeutronError.message).toMatch(/3e1815dd-e212-43d0-8f13-b494fa553e68 could not be found/);
  });
});

describe('classic connection rules (400)', () => {
  it('wants a subnet group as the local group and a cidr group as the peer group', async () => {
    const { call } = setup();
    const swapped = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ local_ep_group_id: cid('eg-peer-spare') }));
    expect(swapped.status).toBe(400);
    expect(swapped.body.NeutronError.message).toMatch(/local endpoint group must be of type subnet/);
    const peer = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_ep_group_id: cid('eg-local-web') }));
    expect(peer.body.NeutronError.message).toMatch(/peer endpoint group must be of type cidr/);
  });

  it("allows only subnets of the VPN service's router in the local group", async () => {
    const { call } = setup();
    const group = await createGroup(call, 'subnet', [cid('sn-web-a'), cid('sn-db')]);
    const res = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ local_ep_group_id: group }));
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/Subnet subnet-db \(10\.2\.1\.0\/24\) is not in VPC vpc-web-prod/);
  });

  it('refuses peer CIDRs that overlap the local subnets', async () => {
    const { call } = setup();
    const group = await createGroup(call, 'cidr', ['10.1.0.0/16']);
    const res = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_ep_group_id: group }));
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/10\.1\.0\.0\/16 overlaps the local subnet subnet-web-a \(10\.1\.1\.0\/24\)/);
  });

  it('checks the same rules when an update swaps an endpoint group', async () => {
    const { call } = setup();
    const res = await call('PUT', cp.ipsecSiteConnection(cid('conn-hq')), { ipsec_site_connection: { peer_ep_group_id: cid('eg-local-web') } });
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/must be of type cidr/);
  });

  it('accepts a host name as peer address and refuses what is neither IPv4 nor a host name', async () => {
    const { call } = setup();
    expect((await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_address: 'vpn.branch.example.com' }))).status).toBe(201);
    const bad = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_address: 'not an address!' }));
    expect(bad.body.NeutronError.message).toMatch(/peer_address: "not an address!" is neither an IPv4 address nor a host name/);
    const long = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_address: `${'a'.repeat(251)}` }));
    expect(long.body.NeutronError.message).toMatch(/at most 250 characters/);
  });

  it('refuses a PSK character outside the classic set and the forbidden fields', async () => {
    const { call } = setup();
    const psk = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ psk: 'secret?key' }));
    expect(psk.body.NeutronError.message).toMatch(/psk: The pre-shared key contains "\?"/);
    const fields = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ admin_state_up: false, description: 'x' }));
    expect(fields.body.NeutronError.message).toMatch(/only admin_state_up true.*description is reserved/);
    const unknown = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ route_mode: 'bgp' }));
    expect(unknown.body.NeutronError.message).toMatch(/Unrecognized attribute\(s\) 'ipsec_site_connection.route_mode'/);
  });

  it('refuses a second connection to the same remote gateway on one VPN service', async () => {
    const { call } = setup();
    const res = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_address: '203.0.113.10' }));
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/203\.0\.113\.10 is being used by another VPN connection .*classic-hq/);
  });

  it('stops at 12 connections per project', async () => {
    const { call } = setup();
    for (let i = 0; i < 10; i += 1) {
      expect((await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_address: `198.51.100.${i + 1}` }))).status).toBe(201);
    }
    const res = await call('POST', cp.ipsecSiteConnections(), seedCreateBody({ peer_address: '198.51.100.99' }));
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/already has 12 classic VPN connections/);
  });
});
