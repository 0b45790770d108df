import { planFirstPaint } from '@/app/first-paint/boot-context';
import { readConnections, readLookups } from '@/app/first-paint/first-paint-data';
import { buildFirstPaint } from '@/app/first-paint/first-paint-table';
import { domReady } from '@/lib/dom-ready';
import { startEarlyGet } from '@/lib/early-responses';
import { hasAppStarted, showFirstPaint } from '@/lib/first-paint-handoff';

const json = (response: Promise<Response>) =>
  // Cloned at once: the API client adopts the same response later and reads the original body.
  response.then((r) => (r.ok ? r.clone().json() : Promise.reject(new Error(`HTTP ${r.status}`)))) as Promise<unknown>;

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * On the connection list, before the application's code has loaded: asks for the first page of connections
 * and the gateway lists (the requests the application would send first; it adopts them), then draws the first
 * rows as a plain table. Resolves when they are on screen, or at once when there is nothing to do. Never
 * rejects: on any doubt the application simply loads as usual.
 */
export async function startFirstPaint(win: Window & typeof globalThis): Promise<void> {
  try {
    const doc = win.document;
    const plan = planFirstPaint({ location: win.location, doc, local: win.localStorage, session: win.sessionStorage, env: import.meta.env, now: Date.now() });
    if (!plan) return;
    const { urls, settings } = plan;
    const [connections, gateways, customerGateways] = await Promise.allSettled([
      json(startEarlyGet(urls.connections, settings.token)),
      json(startEarlyGet(urls.gateways, settings.token)),
      json(startEarlyGet(urls.customerGateways, settings.token)),
    ]);
    const rows = connections.status === 'fulfilled' ? readConnections(connections.value) : undefined;
    // No rows is the application's empty state (with its "create" call to action), not a first paint.
    if (!rows || rows.length === 0 || hasAppStarted()) return;
    const value = (r: PromiseSettledResult<unknown>) => (r.status === 'fulfilled' ? r.value : undefined);
    const lookups = readLookups(value(gateways), value(customerGateways));
    await domReady(doc);
    if (hasAppStarted()) return;
    const firstPaint = buildFirstPaint(doc, { connections: rows, lookups, columns: plan.columns }, win.innerHeight);
    showFirstPaint(firstPaint.element, doc);
    await painted();
    // After the application's code has been asked for (main.tsx does that when this resolves).
    setTimeout(firstPaint.drawRest, 0);
  } catch {
    // Storage disabled, an odd response, a DOM error: the application does all of it again, properly.
  }
}
