import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { otcErrorBodySchema } from '../contract/otc-error.ts';
import { PROJECT, demo, paths, setup, staticBody } from './test-support.ts';

const id = demo('vpn-hq-1');
const cgwId = demo('cgw-spare-lte');

// Every /v5 route, with a body that would be valid where one is needed.
const ROUTES: [string, string, unknown?][] = [
  ['POST', paths.connections(), staticBody()],
  ['GET', paths.connections()],
  ['GET', paths.connection(id)],
  ['PUT', paths.connection(id), { vpn_connection: { name: 'x' } }],
  ['DELETE', paths.connection(id)],
  ['GET', paths.gateways()],
  ['GET', paths.gateway(demo('gw-fra-core'))],
  ['POST', paths.cgws(), { customer_gateway: { id_value: '198.51.100.7' } }],
  ['GET', paths.cgws()],
  ['GET', paths.cgw(cgwId)],
  ['PUT', paths.cgw(cgwId), { customer_gateway: { name: 'x' } }],
  ['DELETE', paths.cgw(cgwId)],
];

describe('the app', () => {
  it('answers /__health with {"status":"ok"} without a token', async () => {
    const { app } = setup();
    const res = await app.request('/__health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it.each(ROUTES)('%s %s without X-Auth-Token → 401 VPN.0010', async (method, path, body) => {
    const { app, call } = setup();
    const init = { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) };
    const missing = await app.request(path, init);
    const blank = await call(method, path, body, { 'X-Auth-Token': '  ' });
    for (const res of [{ status: missing.status, headers: missing.headers, body: await missing.json() }, blank]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error_code: 'VPN.0010', error_msg: expect.stringContaining('Token authentication failed'), request_id: res.headers.get('X-Request-Id') });
    }
  });

  it.each(ROUTES)('%s %s answers with request_id in body and header', async (method, path, body) => {
    const { call } = setup();
    const res = await call(method, path, body);
    expect(res.status).toBeLessThan(300);
    const header = res.headers.get('X-Request-Id');
    expect(header).toMatch(/^[0-9a-f-]{36}$/);
    if (res.status !== 204) expect(res.body.request_id).toBe(header);
  });

  it.each(ROUTES.filter(([method]) => method === 'POST' || method === 'PUT'))('%s %s with malformed JSON → 400 VPN.0001', async (method, path) => {
    const { call } = setup();
    const res = await call(method, path, '{"vpn_connection": {');
    expect(res.status).toBe(400);
    expect(otcErrorBodySchema.parse(res.body)).toMatchObject({ error_code: 'VPN.0001', error_msg: expect.stringContaining('is not valid JSON') });
  });

  it.each([
    ['an empty body', ''],
    ['an array', '[]'],
    ['a string', '"vpn_connection"'],
    ['the wrong wrapper', '{"vpnConnection": {}}'],
    ['a wrapper that is not an object', '{"vpn_connection": "static"}'],
  ])('POST vpn-connection with %s → VPN.0001 naming the wrapper', async (_label, body) => {
    const { call } = setup();
    const res = await call('POST', paths.connections(), body);
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toBe('invalid request: vpn_connection is required: send the object wrapped as {"vpn_connection": {...}}');
  });

  it.each([
    ['GET', `/v5/${PROJECT}/vpn-connections`],
    ['GET', `/v5/${PROJECT}/vpn-connection/${id}/nothing`],
    ['PATCH', paths.connection(id)],
    ['PATCH', paths.gateways()],
    ['GET', '/v5'],
    ['GET', '/somewhere'],
  ])('%s %s (no such API) → 404 VPN.0004 in the OTC error body', async (method, path) => {
    const { call } = setup();
    const res = await call(method, path);
    expect(res.status).toBe(404);
    expect(otcErrorBodySchema.parse(res.body)).toMatchObject({ error_code: 'VPN.0004', error_msg: expect.stringContaining('not an API of this server') });
  });

  it('turns an unexpected failure into 500 VPN.0002 without a stack trace, and logs it', async () => {
    const { call, store, errors } = setup();
    store.vpnGateways.list = () => {
      throw new Error('boom at secret/internal/path.ts:42');
    };
    const res = await call('GET', paths.gateways());
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error_code: 'VPN.0002', error_msg: expect.stringContaining('server error'), request_id: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/boom|path\.ts|at /);
    expect(errors).toHaveLength(1);
  });

  it('answers a bad percent-encoding with 400, not 500', async () => {
    const { call } = setup();
    const res = await call('GET', `/v5/${PROJECT}/vpn-connection/%E0%A4%A`);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error_code).toMatch(/^VPN\./);
  });

  it('gzips large JSON responses when the client accepts it', async () => {
    const { app, call } = setup();
    await call('POST', `/__mock/projects/${PROJECT}/seed`, { connections: 200 });
    const res = await app.request(paths.connections(), { headers: { 'X-Auth-Token': 't', 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'));
    expect(body.total_count).toBe(213);
  });
});
