// GET requests started before the application has loaded (by the list's first paint), handed to the API
// client when it asks for the same URL with the same token, so each is sent once. Nothing here may import a
// package: this module is part of the start-up script that runs before the application's code has loaded.

import { apiHeaders } from '@/lib/api-headers';

interface EarlyResponse {
  url: string;
  token: string;
  response: Promise<Response>;
}

const pending: EarlyResponse[] = [];

/** Sends a GET the API client will want soon; returns the response for the first-paint code to read too. */
export function startEarlyGet(url: string, token: string): Promise<Response> {
  const response = fetch(url, { method: 'GET', headers: apiHeaders(token) });
  pending.push({ url, token, response });
  // Unclaimed responses are not kept: after this the API client sends its own request.
  setTimeout(() => {
    const at = pending.findIndex((p) => p.response === response);
    if (at >= 0) pending.splice(at, 1);
  }, 30_000);
  return response;
}

/** The early response for this GET, once: later calls (polls, refetches) go to the network. */
export function takeEarlyResponse(url: string, token: string): Promise<Response> | undefined {
  const at = pending.findIndex((p) => p.url === url && p.token === token);
  if (at < 0) return undefined;
  const [taken] = pending.splice(at, 1);
  return taken?.response;
}
