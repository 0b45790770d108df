import { describe, expect, it } from 'vitest';
import { vpnGatewayListResponseSchema, vpnGatewayResponseSchema } from '../../contract/vpn-gateway.ts';
import { OTHER_PROJECT, TRANSITION_MS, demo, paths, setup, staticBody } from '../test-support.ts';

describe('GET /v5/{project_id}/vpn-gateways', () => {
  it('lists public and private, active-active and active-standby gateways without used_connection_*', async () => {
    const { call } = setup();
    const res = await call('GET', paths.gateways());
    expect(res.status).toBe(200);
    expect(vpnGatewayListResponseSchema.safeParse(res.body).success).toBe(true);
    const list = res.body.vpn_gateways as Record<string, unknown>[];
    expect(new Set(list.map((g) => `${g.network_type}/${g.ha_mode}`))).toEqual(
      new Set(['public/active-active', 'public/active-standby', 'private/active-active', 'private/active-standby']),
    );
    for (const g of list) {
      expect(g).not.toHaveProperty('used_connection_number');
      expect(g).not.toHaveProperty('used_connection_group');
      expect(g).toMatchObject({ status: 'ACTIVE', bgp_asn: expect.any(Number), flavor: expect.any(String), connection_number: expect.any(Number) });
    }
    expect(res.body.request_id).toEqual(expect.any(String));
  });

  it('gives public gateways eip1/eip2 and private ones access_private_ip_1/2', async () => {
    const { call } = setup();
    const list = (await call('GET', paths.gateways())).body.vpn_gateways as Record<string, unknown>[];
    const core = list.find((g) => g.name === 'vpngw-fra-core');
    expect(core).toMatchObject({
      local_subnets: ['10.10.0.0/16', '10.20.0.0/16'],
      eip1: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), ip_address: expect.stringMatching(/^80\.158\.\d+\.\d+$/), type: '5_bgp', ip_version: 4 },
      eip2: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), ip_address: expect.stringMatching(/^80\.158\.\d+\.\d+$/) },
    });
    const mpls = list.find((g) => g.name === 'vpngw-private-mpls');
    expect(mpls).toMatchObject({ access_private_ip_1: '192.168.146.45', access_private_ip_2: '192.168.146.77' });
    expect(mpls).not.toHaveProperty('eip1');
    expect(list.find((g) => g.attachment_type === 'er')).not.toHaveProperty('local_subnets');
  });
});

describe('GET /v5/{project_id}/vpn-gateways/{id}', () => {
  it('shows used_connection_number and used_connection_group, following creates and deletes', async () => {
    const { call, clock } = setup();
    const path = paths.gateway(demo('gw-fra-core'));
    const before = await call('GET', path);
    expect(before.status).toBe(200);
    expect(vpnGatewayResponseSchema.safeParse(before.body).success).toBe(true);
    expect(before.body.vpn_gateway).toMatchObject({ name: 'vpngw-fra-core', connection_number: 200, used_connection_number: 5, used_connection_group: 3 });

    await call('POST', paths.connections(), staticBody());
    expect((await call('GET', path)).body.vpn_gateway).toMatchObject({ used_connection_number: 6, used_connection_group: 4 });
    await call('DELETE', paths.connection(demo('vpn-hq-1')));
    clock.advance(TRANSITION_MS);
    expect((await call('GET', path)).body.vpn_gateway).toMatchObject({ used_connection_number: 5, used_connection_group: 4 });
  });

  it.each([
    ['an unknown id', paths.gateway('00000000-0000-4000-8000-000000000000')],
    ["another project's gateway", paths.gateway(demo('gw-fra-core', OTHER_PROJECT))],
  ])('answers 404 VPN.0004 for %s', async (_label, path) => {
    const { call } = setup();
    const res = await call('GET', path);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error_code: 'VPN.0004', error_msg: expect.stringContaining('VPN gateway') });
  });
});
