import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, paths } from '../test-support.ts';
import { closedPortUrl, everything, proxyApp, startEchoUpstream, startSilentUpstream, type Running } from './proxy-test-support.ts';

// What the proxy forwards and returns (against an echo server), and how it fails (down, silent, too big).

let echo: Running;
beforeAll(async () => {
  echo = await startEchoUpstream();
});
afterAll(() => echo.close());

const TOKEN = 'MIIsecret-token-value-0123456789abcdef';

/** What the echo upstream answers: the request as it arrived there. */
interface Echo {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}
const errorOf = async (res: Response) => (await res.json()) as { error_code: string; error_msg: string };

describe('what the proxy forwards', () => {
  it('forwards method, path, query, body and only the needed request headers', async () => {
    const { app } = proxyApp(everything(echo.url));
    const res = await app.request(`${paths.connections()}?limit=5&marker=x`, {
      method: 'PUT',
      body: '{"vpn_connection":{"name":"x"}}',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-Auth-Token': TOKEN,
        'X-Project-Id': PROJECT,
        'X-Language': 'en-us',
        Cookie: 'console-session=abc',
        Authorization: 'Basic c2VjcmV0',
        Connection: 'keep-alive, x-secret',
        'X-Secret': 'hop-by-hop',
        'X-Forwarded-For': '10.0.0.1',
        Origin: 'http://127.0.0.1:8080',
        Referer: 'http://127.0.0.1:8080/vpn-connections',
      },
    });
    expect(res.status).toBe(202);
    const seen = (await res.json()) as Echo;
    expect(seen).toMatchObject({ method: 'PUT', path: paths.connections(), query: '?limit=5&marker=x', body: '{"vpn_connection":{"name":"x"}}' });
    expect(seen.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      'x-auth-token': TOKEN,
      'x-project-id': PROJECT,
      'x-language': 'en-us',
      'user-agent': 'otc-vpn-console-proxy',
    });
    for (const name of ['cookie', 'authorization', 'x-secret', 'x-forwarded-for', 'origin', 'referer']) {
      expect(seen.headers, name).not.toHaveProperty(name);
    }
  });

  it('passes back the status and useful headers, never cookies, hop-by-hop headers or the upstream CSP', async () => {
    const { app } = proxyApp(everything(echo.url));
    const res = await app.request(paths.gateways(), { headers: { 'X-Auth-Token': TOKEN } });
    expect(res.status).toBe(202);
    expect(res.headers.get('X-Subject-Token')).toBe('MIIechoedsubjecttokenvalue1234567890');
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(res.headers.get('Keep-Alive')).toBeNull();
    expect(res.headers.get('Proxy-Authenticate')).toBeNull();
    expect(res.headers.get('Content-Security-Policy')).toContain("connect-src 'self'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('decodes a compressed upstream body instead of passing a stale Content-Encoding on', async () => {
    const { app } = proxyApp(everything(echo.url));
    const res = await app.request(`${paths.gateways()}?gzip=1`, { headers: { 'X-Auth-Token': TOKEN } });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(await res.json()).toMatchObject({ method: 'GET', path: paths.gateways() });
  });

  it('does not follow redirects (they could lead anywhere)', async () => {
    const { app } = proxyApp(everything(echo.url));
    const res = await app.request(`${paths.gateways()}?redirect=1`, { headers: { 'X-Auth-Token': TOKEN } });
    expect(res.status).toBe(502);
    expect((await errorOf(res)).error_msg).toContain('answered with a redirect (302), which the proxy does not follow');
  });
});

describe('proxy failures', () => {
  it('answers 502 naming the upstream when it is down', async () => {
    const down = await closedPortUrl();
    const { app, logs } = proxyApp({ ...everything(echo.url), vpn: down });
    const res = await app.request(paths.connections(), { headers: { 'X-Auth-Token': TOKEN } });
    expect(res.status).toBe(502);
    const body = await errorOf(res);
    expect(body).toMatchObject({ error_code: 'PROXY.0502', request_id: expect.any(String) });
    expect(body.error_msg).toBe(
      `Cannot reach the OTC VPN API at ${down}: the connection was refused (ECONNREFUSED). Check that this server can reach it (firewall, HTTPS proxy, DNS) and that OTC_VPN_ENDPOINT / --region are right.`,
    );
    expect(logs.join('\n')).toMatch(/→ vpn failed \(ECONNREFUSED\)/);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    const silent = await startSilentUpstream();
    try {
      const { app } = proxyApp(everything(silent.url), { timeoutMs: 150 });
      const res = await app.request('/v3/projects', { headers: { 'X-Auth-Token': TOKEN } });
      expect(res.status).toBe(504);
      expect(await res.json()).toMatchObject({
        error_code: 'PROXY.0504',
        error_msg: `The OTC IAM at ${silent.url} did not answer within 150 ms. Try again; if it keeps happening, check the network path or raise PROXY_TIMEOUT_MS.`,
      });
    } finally {
      await silent.close();
    }
  });

  it('answers 413 for a body above the limit, whether or not it announces its length', async () => {
    const { app } = proxyApp(everything(echo.url), { bodyLimitBytes: 1000 });
    const big = JSON.stringify({ vpn_connection: { name: 'x'.repeat(2000) } });
    const announced = await app.request(paths.connections(), { method: 'POST', body: big, headers: { 'Content-Length': String(big.length), 'X-Auth-Token': TOKEN } });
    expect(announced.status).toBe(413);
    expect((await errorOf(announced)).error_code).toBe('PROXY.0413');
    const stream = new Blob([big]).stream();
    const chunked = await app.request(paths.connections(), { method: 'POST', body: stream, duplex: 'half', headers: { 'X-Auth-Token': TOKEN } } as RequestInit);
    expect(chunked.status).toBe(413);
    const small = await app.request(paths.connections(), { method: 'POST', body: '{}', headers: { 'X-Auth-Token': TOKEN } });
    expect(small.status).toBe(202);
  });

  it('refuses methods a forwarded path does not allow', async () => {
    const { app } = proxyApp(everything(echo.url));
    const res = await app.request('/v3/projects', { method: 'DELETE', headers: { 'X-Auth-Token': TOKEN } });
    expect(res.status).toBe(405);
    expect((await errorOf(res)).error_msg).toBe('Refused: the proxy forwards /v3/projects only for GET, not DELETE.');
  });
});
