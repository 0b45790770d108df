import type { Context, Env, MiddlewareHandler } from 'hono';
import type { MockStore } from './store/store.ts';

/**
 * Records each write request's body (PSKs redacted by the request log) under the project `projectOf` names,
 * so e2e tests can assert exactly what the console sent. Shared by the v5 and classic v2.0 routers.
 */
export function recordWrites<E extends Env>(store: MockStore, projectOf: (c: Context<E>) => string): MiddlewareHandler<E> {
  return async (c, next) => {
    if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'DELETE') {
      const text = await c.req.text();
      let body: unknown;
      try {
        body = text.trim() === '' ? null : JSON.parse(text);
      } catch {
        body = null;
      }
      store.requests.record(projectOf(c), { method: c.req.method, path: c.req.path, body, received_at: new Date(store.clock.now()).toISOString() });
    }
    await next();
  };
}
