import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleConfigSchema } from '../../contract/console-config.ts';
import { MOCK_IAM_USER, iamPaths, iamTokenResponseSchema, mockIamPaths, passwordAuthRequest } from '../../contract/iam.ts';
import { vpnConnectionListResponseSchema, vpnConnectionResponseSchema } from '../../contract/vpn-connection.ts';
import { PROJECT, paths, staticBody } from '../test-support.ts';
import { everything, listen, proxyApp, startMockUpstream, type Running } from './proxy-test-support.ts';

// The proxy in front of a second instance of this server in mock mode (MOCK_REQUIRE_TOKEN on), over real sockets.

let upstream: Awaited<ReturnType<typeof startMockUpstream>>;
let proxy: ReturnType<typeof proxyApp>;

beforeAll(async () => {
  upstream = await startMockUpstream({ app: { requireIssuedToken: true } });
  proxy = proxyApp(everything(upstream.url));
});
afterAll(() => upstream.close());

const json = { 'Content-Type': 'application/json' };

async function signIn(project = 'eu-de'): Promise<{ token: string; response: Response }> {
  const response = await proxy.app.request(iamPaths.tokens, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(passwordAuthRequest({ ...MOCK_IAM_USER, project })),
  });
  return { token: response.headers.get('X-Subject-Token') ?? '', response };
}

const withToken = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...json, 'X-Auth-Token': token } });

describe('proxy mode in front of the mock', () => {
  it('tells the console it is a proxy to a region and that sign-in is required', async () => {
    const res = await proxy.app.request('/console-config.json');
    expect(consoleConfigSchema.parse(await res.json())).toEqual({
      mode: 'proxy',
      region: 'eu-de',
      sign_in_required: true,
      endpoints: everything(upstream.url),
    });
  });

  it('signs in through the proxy: 201 with the token in X-Subject-Token and its expiry in the body', async () => {
    const { token, response } = await signIn();
    expect(response.status).toBe(201);
    expect(token).toMatch(/^MII/);
    const body = iamTokenResponseSchema.parse(await response.json());
    expect(body.token.project?.id).toBe(PROJECT);
    expect(body.token.expires_at).toMatch(/Z$/);
  });

  it('lists, creates and shows VPN connections with the token', async () => {
    const { token } = await signIn();
    const list = await proxy.app.request(`${paths.connections()}?limit=2`, withToken(token));
    expect(list.status).toBe(200);
    const page = vpnConnectionListResponseSchema.parse(await list.json());
    expect(page.vpn_connections).toHaveLength(2);
    expect(page.page_info?.next_marker).toBeDefined();

    const created = await proxy.app.request(paths.connections(), withToken(token, { method: 'POST', body: JSON.stringify(staticBody({ name: 'via-proxy' })) }));
    expect(created.status).toBe(201);
    const { vpn_connection } = vpnConnectionResponseSchema.parse(await created.json());
    const shown = await proxy.app.request(paths.connection(vpn_connection.id), withToken(token));
    expect(vpnConnectionResponseSchema.parse(await shown.json()).vpn_connection).toMatchObject({ name: 'via-proxy', status: 'PENDING_CREATE' });
    expect(upstream.store.requests.list(PROJECT).at(-1)).toMatchObject({ method: 'POST', body: { vpn_connection: { name: 'via-proxy' } } });
  });

  it('passes upstream errors through unchanged', async () => {
    const { token } = await signIn();
    const direct = await upstream.app.request(paths.connection('00000000-0000-4000-8000-000000000000'), withToken(token));
    const proxied = await proxy.app.request(paths.connection('00000000-0000-4000-8000-000000000000'), withToken(token));
    expect(proxied.status).toBe(404);
    const [a, b] = [(await direct.json()) as object, (await proxied.json()) as object];
    expect({ ...b, request_id: 'x' }).toEqual({ ...a, request_id: 'x' });
    const badLogin = await proxy.app.request(iamPaths.tokens, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(passwordAuthRequest({ ...MOCK_IAM_USER, password: 'wrong', project: 'eu-de' })),
    });
    expect(badLogin.status).toBe(401);
    expect(await badLogin.json()).toEqual({ error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } });
  });

  it('answers 401 VPN.0010 once the token has expired, and for tokens the upstream never issued', async () => {
    const { token } = await signIn();
    expect((await proxy.app.request(paths.gateways(), withToken(token))).status).toBe(200);
    await upstream.app.request(mockIamPaths.expireTokens, { method: 'POST' });
    const expired = await proxy.app.request(paths.gateways(), withToken(token));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error_code: 'VPN.0010', error_msg: expect.stringContaining('expired') });
    expect((await proxy.app.request(paths.gateways(), withToken('made-up-token'))).status).toBe(401);
  });

  it('never writes a token into its log', async () => {
    const { token } = await signIn();
    await proxy.app.request(paths.gateways(), withToken(token));
    const log = proxy.logs.join('\n');
    expect(log).toContain(`proxy GET ${paths.gateways()} → vpn 200`);
    expect(log).toContain('proxy POST /v3/auth/tokens → iam 201');
    expect(log).not.toContain(token);
    expect(log).not.toContain(MOCK_IAM_USER.password);
  });
});

describe('paths the proxy refuses, over a real socket', () => {
  let server: Running;
  beforeAll(async () => {
    server = await listen(proxy.app.fetch);
  });
  afterAll(() => server.close());

  function raw(path: string): Promise<{ status: number; body: string }> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET', headers: { 'X-Auth-Token': 't' } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it.each([
    [`/v5/${PROJECT}/../../admin`, 'dot segments'],
    [`/assets/../v5/${PROJECT}/vpn-connection`, 'dot segments'],
    [`/v5/${PROJECT}/%2e%2e/vpn-connection`, 'percent-encoding'],
    [`/v5/${PROJECT}/vpn-connection%2F..%2F..%2Fx`, 'percent-encoding'],
    [`/v3/users`, 'outside the VPN, VPC and IAM API paths'],
    [`/v2.0/networks`, 'outside the VPN, VPC and IAM API paths'],
    [`http://evil.example/v5/${PROJECT}/vpn-connection`, 'absolute-form'],
  ])('refuses %s (%s) with 403 PROXY.0403 and forwards nothing', async (path, why) => {
    const before = upstream.store.requests.list(PROJECT).length;
    const res = await raw(path);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error_code: 'PROXY.0403', error_msg: expect.stringContaining(why) });
    expect(upstream.store.requests.list(PROJECT)).toHaveLength(before);
  });
});
