import { parseOtcError } from '@contract/otc-error';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-error';
import { apiHeaders } from '@/lib/api-headers';
import { reportUnauthorized } from '@/lib/auth-session';
import { describeApiBase, getConnectionSettings, type ConnectionSettings } from '@/lib/connection-settings';
import { takeEarlyResponse } from '@/lib/early-responses';

export { ApiError, isApiError } from '@/lib/api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | undefined;

export interface ApiRequest {
  /** Builds the path from the project id, e.g. `(p) => v5Paths.vpnConnections(p)`. */
  path: (projectId: string) => string;
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Settings to use instead of the saved ones (the Settings page tests unsaved values). */
  settings?: ConnectionSettings;
}

interface Sent {
  response: Response;
  method: HttpMethod;
  url: string;
}

function buildUrl(settings: ConnectionSettings, req: ApiRequest): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(req.query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const qs = params.toString();
  return `${settings.apiBase}${req.path(settings.projectId)}${qs ? `?${qs}` : ''}`;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function requestIdOf(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'request_id' in body) {
    const id = (body as { request_id: unknown }).request_id;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

async function httpError({ response, method, url }: Sent): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const parsed = parseOtcError(parseJson(text));
  const statusText = response.statusText ? ` ${response.statusText}` : '';
  const excerpt = text ? `: ${text.slice(0, 200)}` : '';
  return new ApiError({
    method,
    url,
    kind: 'http',
    status: response.status,
    code: parsed?.code ?? `HTTP_${response.status}`,
    message: parsed?.message ?? `The API answered ${response.status}${statusText} without an OTC error body${excerpt}.`,
    requestId: parsed?.requestId ?? response.headers.get('X-Request-Id') ?? undefined,
  });
}

async function send(req: ApiRequest): Promise<Sent> {
  const settings = req.settings ?? getConnectionSettings();
  const method = req.method ?? 'GET';
  const url = buildUrl(settings, req);
  const headers = apiHeaders(settings.token);
  let response: Response;
  try {
    const early = method === 'GET' && !req.signal?.aborted ? takeEarlyResponse(url, settings.token) : undefined;
    response = await (early ?? fetch(url, {
      method,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: req.signal,
    }));
  } catch (cause) {
    // Cancellation is not a failure: TanStack Query expects the AbortError to pass through untouched.
    if (req.signal?.aborted) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError({
      method,
      url,
      kind: 'network',
      status: 0,
      code: 'NETWORK_ERROR',
      message: `Cannot reach the API at ${describeApiBase(settings.apiBase)}: ${reason}. Check the API base URL in Settings.`,
    });
  }
  if (!response.ok) {
    // An expired or revoked token: whoever listens (the app) decides whether that means "sign in again".
    if (response.status === 401) reportUnauthorized();
    throw await httpError({ response, method, url });
  }
  return { response, method, url };
}

/** Sends a request and parses the 2xx body with `schema`; every failure becomes an ApiError. */
export async function apiRequest<S extends z.ZodType>(req: ApiRequest & { schema: S }): Promise<z.output<S>> {
  const { response, method, url } = await send(req);
  const text = await response.text();
  const body = parseJson(text);
  const shapeError = (detail: string) =>
    new ApiError({
      method,
      url,
      kind: 'shape',
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      message: `The response to ${method} ${url} ${detail}`,
      requestId: requestIdOf(body),
    });
  if (body === null && text.trim() !== 'null') throw shapeError('was not JSON.');
  const result = req.schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
      .join('; ');
    throw shapeError(`did not match the expected shape (${issues}).`);
  }
  return result.data;
}

/** For endpoints that answer 204 No Content (delete). */
export async function apiRequestNoContent(req: ApiRequest): Promise<void> {
  await send(req);
}
