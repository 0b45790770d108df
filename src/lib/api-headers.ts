/**
 * The headers of every API call. The API client and the first paint's early requests both use them, so an
 * early response the client adopts was asked for exactly as the client would have asked.
 */
export function apiHeaders(token: string): Record<string, string> {
  // The OTC docs list Content-Type as mandatory on every call, bodies or not.
  return { 'X-Auth-Token': token, 'Content-Type': 'application/json', Accept: 'application/json' };
}
