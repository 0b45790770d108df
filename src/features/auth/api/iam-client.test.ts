import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInWithPassword, signInWithToken } from '@/features/auth/api/iam-client';
import { ApiError } from '@/lib/api-error';
import { endAuthSession } from '@/lib/auth-session';
import { resetConnectionSettings, saveConnectionSettings } from '@/lib/connection-settings';

const fetchMock = vi.fn<typeof fetch>();
const TOKEN = 'MIIsubject-token-0123456789';
const domainScoped = {
  token: { expires_at: '2026-11-23T10:00:00.000000Z', issued_at: '2026-11-22T10:00:00.000000Z', user: { name: 'alice', domain: { name: 'ACME' } } },
};
const tokenBody = () => ({ token: { ...domainScoped.token, project: { id: 'p1d', name: 'eu-de', domain: { name: 'ACME' } } } });
const respond = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const form = { userName: 'alice', password: 'pa ss', domainName: 'ACME', project: 'eu-de' };

beforeEach(() => {
  resetConnectionSettings();
  endAuthSession();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('IAM sign-in calls', () => {
  it('posts the documented password body through the console server and reads the token header', async () => {
    fetchMock.mockResolvedValue(respond(201, tokenBody(), { 'X-Subject-Token': TOKEN }));
    const signedIn = await signInWithPassword(form);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/v3/auth/tokens?nocatalog=true');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'alice', password: 'pa ss', domain: { name: 'ACME' } } } },
        scope: { project: { name: 'eu-de' } },
      },
    });
    expect(signedIn).toEqual({
      token: TOKEN,
      session: { method: 'password', expiresAt: '2026-11-23T10:00:00.000000Z', projectId: 'p1d', projectName: 'eu-de', userName: 'alice', domainName: 'ACME' },
    });
  });

  it('uses the configured API base (the proxy) for IAM too', async () => {
    saveConnectionSettings({ apiBase: 'http://console.test', projectId: 'x', token: 't' });
    fetchMock.mockResolvedValue(respond(201, tokenBody(), { 'X-Subject-Token': TOKEN }));
    await signInWithPassword(form);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://console.test/v3/auth/tokens?nocatalog=true');
  });

  it("turns IAM's Keystone error into an ApiError with its message", async () => {
    fetchMock.mockResolvedValue(respond(401, { error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } }));
    const error = await signInWithPassword(form).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'IAM 401 Unauthorized', message: 'The username or password is wrong.' });
  });

  it('refuses answers without a token header or without a project scope', async () => {
    fetchMock.mockResolvedValueOnce(respond(201, tokenBody()));
    await expect(signInWithPassword(form)).rejects.toThrow('IAM answered with no X-Subject-Token header.');
    fetchMock.mockResolvedValueOnce(respond(201, domainScoped, { 'X-Subject-Token': TOKEN }));
    await expect(signInWithPassword(form)).rejects.toThrow('scoped to an account (domain), not a project');
  });

  it('validates a pasted token with GET /v3/auth/tokens before using it', async () => {
    fetchMock.mockResolvedValue(respond(200, tokenBody(), { 'X-Subject-Token': TOKEN }));
    const signedIn = await signInWithToken(TOKEN);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/v3/auth/tokens?nocatalog=true');
    expect(init?.method).toBe('GET');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-Auth-Token')).toBe(TOKEN);
    expect(headers.get('X-Subject-Token')).toBe(TOKEN);
    expect(signedIn.session).toMatchObject({ method: 'token', projectId: 'p1d' });
  });
});
