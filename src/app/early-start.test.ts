import { CONSOLE_CONFIG_META_NAME, FALLBACK_CONSOLE_CONFIG } from '@contract/console-config';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEarlyRequests } from '@/app/early-start';
import { endAuthSession, startAuthSession } from '@/lib/auth-session';
import { resetConnectionSettings, saveConnectionSettings } from '@/lib/connection-settings';
import { createTestQueryClient } from '@/testing/render';

const fetchMock = vi.fn<typeof fetch>();
const requested = () => fetchMock.mock.calls.map(([url]) => String(url));
// One macrotask: every promise chain the early start sets going has settled by then.
const flushTasks = () => new Promise((resolve) => setTimeout(resolve, 0));
const listRequested = () => requested().some((url) => url.includes('/vpn-connection?limit=50'));

function embedConfig(signInRequired: boolean) {
  const meta = document.createElement('meta');
  meta.name = CONSOLE_CONFIG_META_NAME;
  meta.content = JSON.stringify({ ...FALLBACK_CONSOLE_CONFIG, sign_in_required: signInRequired });
  document.head.append(meta);
}

beforeEach(() => {
  resetConnectionSettings();
  saveConnectionSettings({ apiBase: 'http://api.test', projectId: 'p-1', token: 't' });
  endAuthSession();
  fetchMock.mockImplementation(async () => new Response('{}', { status: 500 }));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  document.head.querySelectorAll(`meta[name="${CONSOLE_CONFIG_META_NAME}"]`).forEach((m) => m.remove());
});

describe('startEarlyRequests', () => {
  it('asks for the first connections at once on the list when the page says no sign-in is needed', async () => {
    embedConfig(false);
    startEarlyRequests(createTestQueryClient(), { pathname: '/vpn-connections', search: '' });
    // Nothing rendered, no router: the page's own data is on its way.
    await vi.waitFor(() => expect(requested()).toContain('http://api.test/v5/p-1/vpn-connection?limit=50'));
    expect(requested()).toEqual(expect.arrayContaining(['http://api.test/v5/p-1/vpn-gateways', 'http://api.test/v5/p-1/customer-gateways?limit=200']));
    expect(requested()).not.toContain('/console-config.json');
  });

  it('asks nothing of an API that requires sign-in when nobody is signed in', async () => {
    embedConfig(true);
    startEarlyRequests(createTestQueryClient(), { pathname: '/vpn-connections', search: '' });
    await flushTasks();
    expect(listRequested()).toBe(false);
  });

  it('asks at once with a valid session, even where sign-in is required', async () => {
    embedConfig(true);
    startAuthSession('t', { method: 'token', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), projectId: 'p-1', projectName: 'eu-de', userName: 'a', domainName: 'd' });
    startEarlyRequests(createTestQueryClient(), { pathname: '/vpn-connections', search: '' });
    await vi.waitFor(() => expect(listRequested()).toBe(true));
  });

  it('without an embedded config (vite dev), fetches the config first and then the list', async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url) === '/console-config.json' ? Response.json(FALLBACK_CONSOLE_CONFIG) : new Response('{}', { status: 500 }),
    );
    startEarlyRequests(createTestQueryClient(), { pathname: '/vpn-connections', search: '' });
    expect(requested()).toEqual(['/console-config.json']);
    await vi.waitFor(() => expect(listRequested()).toBe(true));
  });

  it('leaves other pages and gateway-filtered lists to their route loaders', async () => {
    embedConfig(false);
    startEarlyRequests(createTestQueryClient(), { pathname: '/vpn-gateways', search: '' });
    startEarlyRequests(createTestQueryClient(), { pathname: '/vpn-connections', search: '?vgw=%22g-1%22' });
    await flushTasks();
    expect(listRequested()).toBe(false);
  });
});
