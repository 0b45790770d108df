import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { everything, proxyApp } from './proxy/proxy-test-support.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { resolveStaticDir } from './static-host.ts';
import { paths, setup } from './test-support.ts';

let root: string;
let inlineRoot: string;
const INLINE = 'window.started = true;';
beforeAll(() => {
  inlineRoot = mkdtempSync(path.join(tmpdir(), 'dist-inline-csp-'));
  writeFileSync(path.join(inlineRoot, 'index.html'), `<!doctype html><html><head><script>${INLINE}</script></head><body></body></html>`);
  writeFileSync(path.join(inlineRoot, 'a.js'), 'console.log(1);');
  root = mkdtempSync(path.join(tmpdir(), 'dist-csp-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/a.js"></script></body></html>');
  writeFileSync(path.join(root, 'assets', 'a.js'), `console.log(${JSON.stringify('x'.repeat(3000))});`);
});

function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
}

describe('security headers', () => {
  it.each([
    ['the SPA', '/'],
    ['a deep link', '/vpn-connections/abc'],
    ['a hashed asset (brotli)', '/assets/a.js'],
    ['a missing file', '/assets/missing.js'],
    ['the health check', '/__health'],
    ['the console config', '/console-config.json'],
    ['the OpenAPI page', '/api-docs'],
  ])('are on %s in mock mode', async (_what, url) => {
    const { app } = setup({ app: { staticRoot: resolveStaticDir(root) } });
    expectSecurityHeaders(await app.request(url, { headers: { 'Accept-Encoding': 'br, gzip' } }));
  });

  it('are on API answers, errors included', async () => {
    const t = setup();
    const ok = await t.app.request(paths.connections(), { headers: { 'X-Auth-Token': 't' } });
    expect(ok.status).toBe(200);
    expectSecurityHeaders(ok);
    const unauthorized = await t.app.request(paths.connections());
    expect(unauthorized.status).toBe(401);
    expectSecurityHeaders(unauthorized);
  });

  it('are on static files and refusals in proxy mode', async () => {
    const { app } = proxyApp(everything('http://127.0.0.1:9'), { staticRoot: resolveStaticDir(root) });
    expectSecurityHeaders(await app.request('/'));
    const refused = await app.request('/v3/users');
    expect(refused.status).toBe(403);
    expectSecurityHeaders(refused);
  });

  it("allows index.html's inline script by its hash, on the page only, and never inline scripts in general", async () => {
    const { app } = setup({ app: { staticRoot: resolveStaticDir(inlineRoot) } });
    const hash = `'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`;
    for (const url of ['/', '/vpn-connections']) {
      const page = await app.request(url);
      expect(await page.text()).toContain(`<script>${INLINE}</script>`);
      expect(page.headers.get('Content-Security-Policy')).toContain(`script-src 'self' ${hash};`);
    }
    for (const url of ['/a.js', paths.connections(), '/__health']) {
      const csp = (await app.request(url, { headers: { 'X-Auth-Token': 't' } })).headers.get('Content-Security-Policy');
      expect(csp).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      expect(csp).not.toContain('sha256');
    }
  });
});
