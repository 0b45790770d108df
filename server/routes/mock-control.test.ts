import { describe, expect, it } from 'vitest';
import { REDACTED, mockPaths, mockRequestLogResponseSchema, mockSeedResponseSchema } from '../../contract/mock-control.ts';
import { PROJECT, PSK, demo, paths, setup, staticBody } from '../test-support.ts';

describe('/__mock control API', () => {
  it('is absent unless enabled', async () => {
    const { call } = setup({ app: { controlApi: false } });
    for (const [method, path] of [['POST', mockPaths.reset], ['POST', mockPaths.seed(PROJECT)], ['POST', mockPaths.config], ['GET', mockPaths.requests(PROJECT)]] as const) {
      const res = await call(method, path, method === 'POST' ? {} : undefined);
      expect(res.status).toBe(404);
      expect(res.body.error_code).toBe('VPN.0004');
    }
  });

  it('reset forgets every project; the next call seeds it afresh with the same ids', async () => {
    const { call, store } = setup();
    await call('DELETE', paths.cgw(demo('cgw-spare-lte')));
    expect((await call('POST', mockPaths.reset)).status).toBe(204);
    expect(store.hasProject(PROJECT)).toBe(false);
    expect((await call('GET', paths.cgw(demo('cgw-spare-lte')))).status).toBe(200);
  });

  it('seeds a project: demo, empty, or with thousands of generated connections', async () => {
    const { call } = setup();
    const demoSeed = await call('POST', mockPaths.seed(PROJECT));
    expect(mockSeedResponseSchema.parse(demoSeed.body)).toEqual({ project_id: PROJECT, vpn_gateways: 6, customer_gateways: 7, vpn_connections: 13 });
    const empty = await call('POST', mockPaths.seed(PROJECT), { empty: true });
    expect(empty.body).toMatchObject({ vpn_gateways: 0, customer_gateways: 0, vpn_connections: 0 });
    expect((await call('GET', paths.connections())).body.total_count).toBe(0);

    const started = performance.now();
    const big = await call('POST', mockPaths.seed(PROJECT), { connections: 10000 });
    const elapsed = performance.now() - started;
    expect(big.body).toMatchObject({ vpn_connections: 10013, vpn_gateways: 6 + 50, customer_gateways: 7 + 100 });
    expect(elapsed).toBeLessThan(3000);
    const list = await call('GET', `${paths.connections()}?limit=1`);
    expect(list.body.total_count).toBe(10013);
  });

  it.each([
    [mockPaths.seed(PROJECT), { connections: -1 }, 'invalid request: connections: connections must be a whole number from 0 to 20000'],
    [mockPaths.seed(PROJECT), { connections: 1.5 }, 'connections must be a whole number'],
    [mockPaths.seed(PROJECT), { rows: 5 }, 'Unsupported attribute: rows'],
    [mockPaths.config, {}, 'invalid request: transition_ms: transition_ms must be a whole number of milliseconds from 0 to 600000'],
    [mockPaths.config, '{"transition_ms": ', 'the request body is not valid JSON'],
  ])('refuses a bad body for %s', async (path, body, message) => {
    const { call } = setup();
    const res = await call('POST', path, body);
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toContain(message);
  });

  it('records the write requests a project received, with the PSK redacted', async () => {
    const { call } = setup();
    await call('POST', paths.connections(), staticBody());
    await call('PUT', paths.connection(demo('vpn-hq-1')), { vpn_connection: { psk: 'Other-Key-99', name: 'renamed' } });
    await call('GET', paths.connections());
    const res = await call('GET', mockPaths.requests(PROJECT));
    const log = mockRequestLogResponseSchema.parse(res.body);
    expect(log.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${paths.connections()}`,
      `PUT ${paths.connection(demo('vpn-hq-1'))}`,
    ]);
    expect(log.requests[0]?.body).toMatchObject({ vpn_connection: { psk: REDACTED, peer_subnets: ['192.168.200.0/24'] } });
    expect(JSON.stringify(log)).not.toContain(PSK);
    expect(JSON.stringify(log)).not.toContain('Other-Key-99');
  });

  it('forces a connection status, e.g. FREEZED', async () => {
    const { call } = setup();
    const res = await call('POST', mockPaths.connectionStatus(PROJECT, demo('vpn-hq-1')), { status: 'FREEZED' });
    expect(res.status).toBe(200);
    expect((await call('GET', paths.connection(demo('vpn-hq-1')))).body.vpn_connection.status).toBe('FREEZED');
    const bad = await call('POST', mockPaths.connectionStatus(PROJECT, demo('vpn-hq-1')), { status: 'FROZEN' });
    expect(bad.status).toBe(400);
    const missing = await call('POST', mockPaths.connectionStatus(PROJECT, '00000000-0000-4000-8000-000000000000'), { status: 'ACTIVE' });
    expect(missing.status).toBe(404);
  });
});
