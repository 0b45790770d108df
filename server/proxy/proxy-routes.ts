import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.ts';
import { respondError } from '../respond.ts';
import type { ProxyConfig } from '../upstream-config.ts';
import { bodyTooLarge, networkCode, pathRefused, upstreamRedirected, upstreamTimeout, upstreamUnreachable } from './proxy-errors.ts';
import { decideProxyPath, PROXY_PREFIXES, type ProxyApi } from './proxy-paths.ts';
import { redactSecrets } from './redact.ts';

// Request headers worth forwarding; everything else (cookies, hop-by-hop headers, Host, Origin, forwarding
// headers, Accept-Encoding: fetch negotiates its own) stays here.
const REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'x-auth-token', 'x-subject-token', 'x-project-id', 'x-language'];
// Response headers passed back; Content-Length/Encoding are dropped because fetch has already decoded the body.
const RESPONSE_HEADERS = [
  'content-type',
  'content-language',
  'x-subject-token',
  'x-openstack-request-id',
  'retry-after',
  'etag',
  'last-modified',
  'cache-control',
];

export interface ProxyOptions extends Pick<ProxyConfig, 'endpoints' | 'timeoutMs' | 'bodyLimitBytes'> {
  /** One line per proxied request; tokens are redacted before it is called. @default console.log */
  log?: (line: string) => void;
}

/** The request target exactly as the client sent it (node-server), or the parsed path (app.request in tests). */
function requestTarget(c: Context<AppEnv>): { path: string; search: string; absolute: boolean } {
  const raw = (c.env as { incoming?: { url?: string } } | undefined)?.incoming?.url;
  const url = new URL(c.req.url);
  if (raw === undefined) return { path: url.pathname, search: url.search, absolute: false };
  const query = raw.indexOf('?');
  return { path: query < 0 ? raw : raw.slice(0, query), search: url.search, absolute: !raw.startsWith('/') };
}

function pick(headers: Headers, names: readonly string[]): Headers {
  const out = new Headers();
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null) out.set(name, value);
  }
  return out;
}

/**
 * The proxy face: forwards /v5, /v2.0 and /v3 requests that pass the allow-list to the configured OTC endpoint
 * and streams the answer back. Upstream errors pass through unchanged; the proxy's own failures are OTC-style
 * errors with PROXY.* codes. It answers every request under those prefixes itself (never calls next).
 */
export function proxyRoutes(options: ProxyOptions): Hono<AppEnv> {
  const log = options.log ?? ((line: string) => console.log(line));
  const routes = new Hono<AppEnv>();
  const limit = bodyLimit({ maxSize: options.bodyLimitBytes, onError: (c) => respondError(c, bodyTooLarge(options.bodyLimitBytes)) });

  const forward = async (c: Context<AppEnv>, target: ReturnType<typeof requestTarget>): Promise<Response> => {
    const method = c.req.method;
    const decision = target.absolute
      ? ({ ok: false, status: 403, reason: 'absolute-form request targets are not accepted' } as const)
      : decideProxyPath(method, target.path);
    if (!decision.ok) {
      log(`proxy ${method} ${redactSecrets(target.path.slice(0, 200))} refused (${decision.status})`);
      return respondError(c, pathRefused(decision.status, decision.reason));
    }
    const api: ProxyApi = decision.api;
    const endpoint = options.endpoints[api];
    const headers = pick(c.req.raw.headers, REQUEST_HEADERS);
    headers.set('user-agent', 'otc-vpn-console-proxy');
    const secrets = [c.req.header('x-auth-token'), c.req.header('x-subject-token')];
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const body = hasBody ? await c.req.arrayBuffer() : undefined;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const started = performance.now();
    const done = (outcome: string, extra: readonly (string | undefined)[] = []) =>
      log(redactSecrets(`proxy ${method} ${decision.path} → ${api} ${outcome} ${Math.round(performance.now() - started)} ms`, [...secrets, ...extra]));

    let upstream: Response;
    try {
      upstream = await fetch(`${endpoint}${decision.path}${target.search}`, {
        method,
        headers,
        body: body && body.byteLength > 0 ? body : undefined,
        redirect: 'manual',
        signal: AbortSignal.any([timeout, c.req.raw.signal]),
      });
    } catch (error) {
      if (timeout.aborted) {
        done('timed out');
        return respondError(c, upstreamTimeout(api, endpoint, options.timeoutMs));
      }
      done(`failed (${networkCode(error) ?? 'network error'})`);
      return respondError(c, upstreamUnreachable(api, endpoint, error));
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      await upstream.body?.cancel();
      done(`redirected (${upstream.status})`);
      return respondError(c, upstreamRedirected(api, endpoint, upstream.status));
    }
    done(String(upstream.status), [upstream.headers.get('x-subject-token') ?? undefined]);
    const nullBody = upstream.status === 204 || upstream.status === 304 || method === 'HEAD';
    return new Response(nullBody ? null : upstream.body, { status: upstream.status, headers: pick(upstream.headers, RESPONSE_HEADERS) });
  };

  // Dispatch on the raw request target rather than on routes: the router only sees the normalised path, in
  // which /v5/p/../../x has already become /x and would slip past the refusal as "not an API path".
  routes.use('*', async (c, next) => {
    const target = requestTarget(c);
    const under = (path: string) => PROXY_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
    // Both forms: /x/../v5/… must not reach the (empty) mock routes mounted behind the proxy either.
    const isApi = target.absolute || under(target.path) || under(c.req.path);
    if (!isApi) return next();
    let response: Response | undefined;
    const refused = await limit(c, async () => {
      response = await forward(c, target);
    });
    return refused ?? response;
  });
  return routes;
}
