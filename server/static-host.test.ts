import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { isApiPath, resolveStaticDir } from './static-host.ts';
import { PROJECT, setup } from './test-support.ts';

const INDEX = '<!doctype html><html><head><title>OTC VPN Console</title></head><body><div id="root"></div></body></html>';
const BUNDLE = `console.log(${JSON.stringify('vpn '.repeat(5000))});`;
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dist-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), INDEX);
  writeFileSync(path.join(root, 'assets', 'index-3f9a1c.js'), BUNDLE);
  writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

function host() {
  return setup({ app: { staticRoot: resolveStaticDir(root) } }).app;
}

describe('static SPA host', () => {
  it.each(['/', '/vpn-connections', '/vpn-connections/4c1f0e2a-1b7e-4a7d-9c65-8d2f61a0b9e1', '/customer-gateways?page=2'])(
    'serves index.html for %s with no-cache',
    async (url) => {
      const res = await host().request(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toContain('text/html');
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      const html = await res.text();
      expect(html).toContain('<div id="root"></div>');
      // The console config travels in the page, so the console needs no request to learn it.
      const content = /<meta name="otc-console-config" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(JSON.parse(content.replaceAll('&quot;', '"'))).toEqual({ mode: 'mock', region: null, sign_in_required: false, endpoints: null });
    },
  );

  it('serves /index.html itself with the config too, even to a browser that accepts brotli', async () => {
    const res = await host().request('/index.html', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(await res.text()).toContain('<meta name="otc-console-config"');
  });

  it('tells the page when sign-in is required (MOCK_REQUIRE_TOKEN)', async () => {
    const app = setup({ app: { staticRoot: resolveStaticDir(root), requireIssuedToken: true } }).app;
    expect(await (await app.request('/vpn-connections')).text()).toContain('&quot;sign_in_required&quot;:true');
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const res = await host().request('/assets/index-3f9a1c.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('Content-Type')).toContain('javascript');
    expect(await res.text()).toBe(BUNDLE);
  });

  it('revalidates files that are not hashed', async () => {
    const res = await host().request('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
  });

  it.each([
    ['gzip', (b: Buffer) => gunzipSync(b)],
    ['br', (b: Buffer) => brotliDecompressSync(b)],
  ])('compresses with %s when the browser accepts it', async (encoding, decode) => {
    const res = await host().request('/assets/index-3f9a1c.js', { headers: { 'Accept-Encoding': encoding } });
    expect(res.headers.get('Content-Encoding')).toBe(encoding);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const raw = Buffer.from(await res.arrayBuffer());
    expect(raw.length).toBeLessThan(BUNDLE.length / 10);
    expect(decode(raw).toString('utf8')).toBe(BUNDLE);
  });

  it.each(['/assets/index-missing.js', '/missing.png'])('answers 404 for a missing file %s instead of the SPA', async (url) => {
    const res = await host().request(url);
    expect(res.status).toBe(404);
    expect(res.headers.get('Cache-Control')).toBeNull();
    expect(await res.text()).not.toContain('<!doctype html>');
  });

  it.each(['/..%2f..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd'])('never serves files outside the root (%s)', async (url) => {
    const res = await host().request(url);
    expect(await res.text()).not.toContain('root:');
  });

  it('never answers API paths with the SPA', async () => {
    const app = host();
    const unauthenticated = await app.request(`/v5/${PROJECT}/vpn-connection`);
    expect(unauthenticated.status).toBe(401);
    const unknown = await app.request(`/v5/${PROJECT}/no-such-thing`, { headers: { 'X-Auth-Token': 't' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error_code: 'VPN.0004' });
    const mock = await app.request('/__mock/unknown');
    expect(mock.status).toBe(404);
    expect(mock.headers.get('Content-Type')).toContain('application/json');
    expect((await app.request('/__health')).status).toBe(200);
  });

  it('recognises API paths', () => {
    expect(['/v5/x', '/v2.0/vpn', '/v3/auth', '/__mock/reset', '/__health'].every(isApiPath)).toBe(true);
    expect(['/', '/v5connections', '/vpn-connections', '/assets/a.js'].some(isApiPath)).toBe(false);
  });

  it('refuses to start on a directory without index.html, saying what to do', () => {
    expect(() => resolveStaticDir(path.join(root, 'assets'))).toThrow(ConfigError);
    expect(() => resolveStaticDir(path.join(root, 'assets'))).toThrow(/no index.html .* run "npm run build" first/);
  });
});
