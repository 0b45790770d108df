import { v5Paths } from '@contract/api-paths';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from '@/lib/api-client';
import { AUTH_SESSION_STORAGE_KEY, TOKEN_STORAGE_KEY } from '@/lib/stored-settings';
import { endAuthSession, getAuthSession, isSessionValid, onUnauthorized, startAuthSession, type AuthSession } from '@/lib/auth-session';
import { getConnectionSettings, resetConnectionSettings } from '@/lib/connection-settings';

const session: AuthSession = {
  method: 'password',
  expiresAt: '2026-11-23T10:00:00.000000Z',
  projectId: 'f00dfeedf00dfeedf00dfeedf00dfeed',
  projectName: 'eu-de_prod',
  userName: 'alice',
  domainName: 'ACME',
};

beforeEach(() => {
  resetConnectionSettings();
  endAuthSession();
});

describe('auth session', () => {
  it('sends the token as X-Auth-Token and fills the v5 paths with the token project', () => {
    startAuthSession('MIIsession-token', session);
    expect(getConnectionSettings()).toMatchObject({ token: 'MIIsession-token', projectId: session.projectId });
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('MIIsession-token');
    expect(JSON.parse(sessionStorage.getItem(AUTH_SESSION_STORAGE_KEY) ?? '{}')).toEqual(session);
    expect(JSON.stringify({ ...localStorage })).not.toContain('MIIsession-token');
    expect(getAuthSession()).toEqual(session);
  });

  it('forgets the token and the session on sign-out', () => {
    startAuthSession('MIIsession-token', session);
    endAuthSession();
    expect(getAuthSession()).toBeNull();
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(AUTH_SESSION_STORAGE_KEY)).toBeNull();
    expect(getConnectionSettings().token).toBe('demo-token');
  });

  it('knows when a session has expired', () => {
    expect(isSessionValid(session, Date.parse('2026-11-23T09:59:59Z'))).toBe(true);
    expect(isSessionValid(session, Date.parse('2026-11-23T10:00:00Z'))).toBe(false);
    expect(isSessionValid(null)).toBe(false);
  });
});

describe('401 from the API', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('is reported to the listeners (the app sends the admin to sign-in), other errors are not', async () => {
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    const call = () => apiRequest({ path: (p) => v5Paths.vpnConnections(p), schema: z.unknown() });
    fetchMock.mockResolvedValueOnce(new Response('{"error_code":"VPN.0004","error_msg":"x"}', { status: 404 }));
    await expect(call()).rejects.toMatchObject({ status: 404 });
    expect(listener).not.toHaveBeenCalled();
    fetchMock.mockResolvedValueOnce(new Response('{"error_code":"VPN.0010","error_msg":"Token authentication failed"}', { status: 401 }));
    await expect(call()).rejects.toMatchObject({ status: 401, code: 'VPN.0010' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
