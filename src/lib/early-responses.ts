// GET requests started before the application has loaded (by the script inlined in index.html or by the
// list's first paint), handed to the API client when it asks for the same URL with the same token, so each is
// sent once. Nothing here may import a package: this module is part of the start-up script that runs before
// the application's code has loaded.

import { sendEarlyGet, takeInlineEarlyGets, type EarlyGet } from '@/lib/inline-early-gets';

// Unclaimed responses are not kept: after this the API client sends its own request.
const UNCLAIMED_FOR_MS = 30_000;

const pending: EarlyGet[] = [];

function keep(get: EarlyGet): void {
  pending.push(get);
  setTimeout(() => {
    const at = pending.indexOf(get);
    if (at >= 0) pending.splice(at, 1);
  }, UNCLAIMED_FOR_MS);
}

function adoptInlineGets(): void {
  for (const get of takeInlineEarlyGets()) keep(get);
}

// The newest: an older one with the same URL and token can only be a leftover (it is dropped in time anyway).
const find = (url: string, token: string) => pending.findLastIndex((p) => p.url === url && p.token === token);

/**
 * Sends a GET the API client will want soon, unless the inline script already has; returns the response for
 * the first-paint code to read too.
 */
export function startEarlyGet(url: string, token: string): Promise<Response> {
  adoptInlineGets();
  const sent = pending[find(url, token)];
  if (sent) return sent.response;
  const get = sendEarlyGet(url, token);
  keep(get);
  return get.response;
}

/** The early response for this GET, once: later calls (polls, refetches) go to the network. */
export function takeEarlyResponse(url: string, token: string): Promise<Response> | undefined {
  adoptInlineGets();
  const at = find(url, token);
  if (at < 0) return undefined;
  const [taken] = pending.splice(at, 1);
  return taken?.response;
}

/** Forgets every early response, as a new page load would (for tests, which share one page). */
export function dropEarlyResponses(): void {
  pending.length = 0;
  takeInlineEarlyGets();
}
