import { vi } from 'vitest';

// A fetch stub for component tests: routes by method and a path pattern, records what was sent.

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

type Reply = { status?: number; body?: unknown } | ((req: SentRequest) => { status?: number; body?: unknown });

export interface FetchRoute {
  method: string;
  /** Matched against the URL path (a string must be contained, a RegExp must match). */
  path: string | RegExp;
  reply: Reply;
}

/** Installs a fetch stub; unmatched requests answer 404 with an OTC error body. */
export function mockFetch(routes: FetchRoute[]) {
  const sent: SentRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const req = { method, path: url.pathname, body };
    sent.push(req);
    const route = routes.find((r) => r.method === method && (typeof r.path === 'string' ? url.pathname.includes(r.path) : r.path.test(url.pathname)));
    if (!route) {
      return new Response(JSON.stringify({ error_code: 'VPN.0004', error_msg: 'resource not found', request_id: 'r' }), { status: 404 });
    }
    const reply = typeof route.reply === 'function' ? route.reply(req) : route.reply;
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), { status });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { sent, fetchMock };
}
