import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../app.ts';
import { MockStore } from '../store/store.ts';
import { setup } from '../test-support.ts';
import type { ProxyEndpoints } from '../upstream-config.ts';

// Real sockets on ephemeral loopback ports: the proxy is tested against a second instance of this server in
// mock mode, an echo server (to see exactly what the proxy forwarded) and a server that never answers.

export interface Running {
  url: string;
  close: () => Promise<void>;
}

function running(server: Server): Running {
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<Running> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(running(server as Server)));
  });
}

/** The upstream "OTC": this server in mock mode, with a manual clock for token expiry. */
export async function startMockUpstream(options: Parameters<typeof setup>[0] = {}) {
  const upstream = setup(options);
  return { ...upstream, ...(await listen(upstream.app.fetch)) };
}

/** Answers with what it received, plus headers a proxy must not pass back. */
export function startEchoUpstream(): Promise<Running> {
  const app = new Hono();
  app.all('*', async (c) => {
    const headers = Object.fromEntries(c.req.raw.headers);
    const body = { method: c.req.method, path: c.req.path, query: new URL(c.req.url).search, headers, body: await c.req.text() };
    if (c.req.query('gzip') !== undefined) {
      return new Response(gzipSync(JSON.stringify(body)), { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' } });
    }
    if (c.req.query('redirect') !== undefined) return c.redirect('https://elsewhere.example/v5/x', 302);
    c.header('Set-Cookie', 'session=upstream; HttpOnly');
    c.header('Keep-Alive', 'timeout=99');
    c.header('Proxy-Authenticate', 'Basic');
    c.header('X-Subject-Token', 'MIIechoedsubjecttokenvalue1234567890');
    c.header('Content-Security-Policy', "default-src *");
    return c.json(body, 202);
  });
  return listen(app.fetch);
}

/** Accepts connections and never answers (for the timeout). */
export function startSilentUpstream(): Promise<Running> {
  return new Promise((resolve) => {
    const server = createServer(() => undefined);
    server.listen(0, '127.0.0.1', () => resolve(running(server)));
  });
}

/** A port nothing listens on (for "upstream down"). */
export async function closedPortUrl(): Promise<string> {
  const server = await startSilentUpstream();
  await server.close();
  return server.url;
}

export function everything(url: string): ProxyEndpoints {
  return { vpn: url, vpc: url, iam: url };
}

/** The server in proxy mode, with its log lines collected. */
export function proxyApp(endpoints: ProxyEndpoints, options: { timeoutMs?: number; bodyLimitBytes?: number; staticRoot?: string } = {}) {
  const logs: string[] = [];
  const app = createApp(new MockStore(), {
    staticRoot: options.staticRoot,
    proxy: {
      region: 'eu-de',
      endpoints,
      timeoutMs: options.timeoutMs ?? 5000,
      bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
      log: (line) => logs.push(line),
    },
  });
  return { app, logs };
}
