// The hand-over from the script inlined in index.html (src/app/first-paint/inline-early-requests.ts) to the
// start-up script: GETs the inline script sent while the start-up script was still being fetched. It is a
// classic script of its own, not a module the others import, so what it started can only pass through a global.
// No package imports: the inline script is built from this.

import { apiHeaders } from '@/lib/api-headers';

export interface EarlyGet {
  url: string;
  token: string;
  response: Promise<Response>;
}

const GLOBAL_KEY = '__otcInlineEarlyGets';

type WithInlineGets = typeof globalThis & { [GLOBAL_KEY]?: unknown };

/** Sends a GET exactly as the API client would (same headers), for the client to adopt later. */
export function sendEarlyGet(url: string, token: string): EarlyGet {
  return { url, token, response: fetch(url, { method: 'GET', headers: apiHeaders(token) }) };
}

export function leaveInlineEarlyGets(gets: EarlyGet[]): void {
  (globalThis as WithInlineGets)[GLOBAL_KEY] = gets;
}

const isEarlyGet = (value: unknown): value is EarlyGet =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EarlyGet).url === 'string' &&
  typeof (value as EarlyGet).token === 'string' &&
  (value as EarlyGet).response instanceof Promise;

/** What the inline script left, once: the global is cleared so nothing is adopted twice. */
export function takeInlineEarlyGets(): EarlyGet[] {
  const scope = globalThis as WithInlineGets;
  const left = scope[GLOBAL_KEY];
  if (left === undefined) return [];
  delete scope[GLOBAL_KEY];
  return Array.isArray(left) ? left.filter(isEarlyGet) : [];
}
