import { v5Paths } from '@contract/api-paths';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from '@/lib/api-client';
import { apiErrorSummary, describeApiError } from '@/lib/api-error-message';
import { resetConnectionSettings, saveConnectionSettings } from '@/lib/connection-settings';

const schema = z.object({ items: z.array(z.string()), request_id: z.string().optional() });
const path = (p: string) => v5Paths.vpnConnections(p);
const fetchMock = vi.fn<typeof fetch>();

const json = (status: number, body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' }, ...init });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

beforeEach(() => {
  resetConnectionSettings();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('builds the URL from the saved settings and sends the token', async () => {
    saveConnectionSettings({ apiBase: 'http://api.test:8095', projectId: 'p-1', token: 'tok' });
    fetchMock.mockResolvedValue(json(200, { items: ['a'] }));
    await expect(apiRequest({ path, schema, query: { limit: 2, marker: undefined } })).resolves.toEqual({ items: ['a'] });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://api.test:8095/v5/p-1/vpn-connection?limit=2');
    expect(new Headers(init?.headers).get('X-Auth-Token')).toBe('tok');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('sends JSON bodies', async () => {
    fetchMock.mockResolvedValue(json(201, { items: [] }));
    await apiRequest({ path, schema, method: 'POST', body: { name: 'x' } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/v5/0a1b2c3d4e5f60718293a4b5c6d7e8f9/vpn-connection');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe('{"name":"x"}');
  });

  it('turns an OTC error body into an ApiError with code, message and request id', async () => {
    fetchMock.mockResolvedValue(
      json(401, { error_code: 'VPN.0010', error_msg: 'X-Auth-Token is missing', request_id: 'req-1' }),
    );
    const error = await caught(apiRequest({ path, schema }));
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'VPN.0010', requestId: 'req-1' });
    expect(error.message).toBe('X-Auth-Token is missing');
    expect(describeApiError(error)).toMatchObject({
      title: 'The API did not accept the token',
      hint: 'Enter a valid IAM token in Settings.',
    });
    expect(apiErrorSummary(error)).toBe(
      'The API did not accept the token: X-Auth-Token is missing (VPN.0010, request ID req-1)',
    );
  });

  it('understands the appendix and Neutron error shapes too', async () => {
    fetchMock.mockResolvedValueOnce(json(404, { code: 'VPN.0004', message: 'resource not found' }));
    expect(await caught(apiRequest({ path, schema }))).toMatchObject({ code: 'VPN.0004', message: 'resource not found' });
    fetchMock.mockResolvedValueOnce(json(409, { NeutronError: { type: 'InUse', message: 'in use' } }));
    expect(await caught(apiRequest({ path, schema }))).toMatchObject({ code: 'InUse', message: 'in use' });
  });

  it('describes a non-OTC error body with the status and an excerpt', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await caught(apiRequest({ path, schema }));
    expect(error).toMatchObject({ code: 'HTTP_502', status: 502 });
    expect(error.message).toBe('The API answered 502 Bad Gateway without an OTC error body: <html>Bad gateway</html>.');
    expect(describeApiError(error).title).toBe('The API failed (502)');
  });

  it('explains a network failure and points at Settings', async () => {
    saveConnectionSettings({ apiBase: 'http://127.0.0.1:9', projectId: 'p', token: 't' });
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await caught(apiRequest({ path, schema }));
    expect(error).toMatchObject({ kind: 'network', status: 0, code: 'NETWORK_ERROR' });
    expect(error.message).toBe(
      'Cannot reach the API at http://127.0.0.1:9: Failed to fetch. Check the API base URL in Settings.',
    );
    expect(describeApiError(error).title).toBe('Cannot reach the API');
    expect(apiErrorSummary(error)).toBe(`${error.message} (NETWORK_ERROR)`);
  });

  it('lets an abort pass through untouched', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    fetchMock.mockRejectedValue(abort);
    await expect(apiRequest({ path, schema, signal: controller.signal })).rejects.toBe(abort);
  });

  it('rejects a 2xx body that does not match the contract', async () => {
    fetchMock.mockResolvedValue(json(200, { items: [1], request_id: 'req-9' }));
    const error = await caught(apiRequest({ path, schema }));
    expect(error).toMatchObject({ kind: 'shape', code: 'UNEXPECTED_RESPONSE', requestId: 'req-9' });
    expect(error.message).toMatch(/did not match the expected shape \(items\.0: /);
    fetchMock.mockResolvedValue(new Response('<!doctype html>', { status: 200 }));
    expect((await caught(apiRequest({ path, schema }))).message).toMatch(/was not JSON/);
  });

  it('uses explicit settings instead of the saved ones when given', async () => {
    fetchMock.mockResolvedValue(json(200, { items: [] }));
    await apiRequest({ path, schema, settings: { apiBase: 'https://other.test', projectId: 'x', token: 'y' } });
    expect(fetchMock.mock.calls[0]![0]).toBe('https://other.test/v5/x/vpn-connection');
  });
});
