import { CONSOLE_CONFIG_META_NAME } from '@contract/console-config';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planFirstPaint, visibleColumns, type BootInputs } from '@/app/first-paint/boot-context';
import { startEarlyRequests } from '@/app/early-start';
import { COLUMN_STORAGE_KEY } from '@/features/vpn-connections/components/connection-table/column-meta';
import { AUTH_SESSION_STORAGE_KEY, SETTINGS_STORAGE_KEY, TOKEN_STORAGE_KEY } from '@/lib/stored-settings';
import { resetConnectionSettings, saveConnectionSettings } from '@/lib/connection-settings';
import { createTestQueryClient } from '@/testing/render';

const NOW = Date.parse('2026-11-22T10:00:00Z');

function embedConfig(signInRequired: boolean) {
  const meta = document.createElement('meta');
  meta.name = CONSOLE_CONFIG_META_NAME;
  meta.content = JSON.stringify({ mode: 'mock', region: null, sign_in_required: signInRequired, endpoints: null });
  document.head.append(meta);
}

const inputs = (over: Partial<BootInputs> = {}): BootInputs => ({
  location: { pathname: '/vpn-connections', search: '' },
  doc: document,
  local: localStorage,
  session: sessionStorage,
  env: {},
  now: NOW,
  ...over,
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  resetConnectionSettings();
  document.head.querySelectorAll(`meta[name="${CONSOLE_CONFIG_META_NAME}"]`).forEach((m) => m.remove());
  vi.unstubAllGlobals();
});

describe('planFirstPaint', () => {
  it('asks for what the list asks for first, where the saved settings point', () => {
    embedConfig(false);
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ apiBase: 'https://vpn.example.test/', projectId: 'p-9' }));
    sessionStorage.setItem(TOKEN_STORAGE_KEY, ' tok ');
    const plan = planFirstPaint(inputs());
    expect(plan?.settings).toEqual({ apiBase: 'https://vpn.example.test', projectId: 'p-9', token: 'tok' });
    expect(plan?.urls).toEqual({
      connections: 'https://vpn.example.test/v5/p-9/vpn-connection?limit=50',
      gateways: 'https://vpn.example.test/v5/p-9/vpn-gateways',
      customerGateways: 'https://vpn.example.test/v5/p-9/customer-gateways?limit=200',
    });
  });

  it('sends exactly the requests the application sends first, so the application can adopt them', async () => {
    embedConfig(false);
    const fetchMock = vi.fn<typeof fetch>(async () => new Response('{}', { status: 500 }));
    vi.stubGlobal('fetch', fetchMock);
    saveConnectionSettings({ apiBase: 'http://api.test', projectId: 'p-1', token: 't' });
    startEarlyRequests(createTestQueryClient(), { pathname: '/vpn-connections', search: '' });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    const plan = planFirstPaint(inputs());
    expect(fetchMock.mock.calls.map(([url]) => String(url)).sort()).toEqual(Object.values(plan?.urls ?? {}).sort());
  });

  it('waits for the application on any other page, or when the URL holds a view of the list', () => {
    embedConfig(false);
    expect(planFirstPaint(inputs({ location: { pathname: '/vpn-gateways', search: '' } }))).toBeUndefined();
    expect(planFirstPaint(inputs({ location: { pathname: '/vpn-connections', search: '?sort=name' } }))).toBeUndefined();
  });

  it('asks nothing of a server that requires sign-in unless a session is live', () => {
    embedConfig(true);
    expect(planFirstPaint(inputs())).toBeUndefined();
    sessionStorage.setItem(AUTH_SESSION_STORAGE_KEY, JSON.stringify({ expiresAt: '2026-11-22T09:00:00Z' }));
    expect(planFirstPaint(inputs())).toBeUndefined();
    sessionStorage.setItem(AUTH_SESSION_STORAGE_KEY, JSON.stringify({ expiresAt: '2026-11-22T11:00:00Z' }));
    expect(planFirstPaint(inputs())).toBeDefined();
  });

  it('asks nothing when the page carries no config (vite dev) and no session is live', () => {
    expect(planFirstPaint(inputs())).toBeUndefined();
  });

  it('leaves a build with a bad API base to the application, which names the variable', () => {
    embedConfig(false);
    expect(planFirstPaint(inputs({ env: { VITE_API_BASE: 'ftp://x' } }))).toBeUndefined();
  });
});

describe('visibleColumns', () => {
  it('shows the default columns, or the column chooser’s saved choice', () => {
    expect(visibleColumns(localStorage)).toEqual(['status', 'style', 'vpnGateway', 'customerGateway', 'subnets', 'created']);
    localStorage.setItem(COLUMN_STORAGE_KEY, JSON.stringify({ style: false, updated: true, name: false }));
    expect(visibleColumns(localStorage)).toEqual(['status', 'vpnGateway', 'customerGateway', 'subnets', 'created', 'updated']);
    localStorage.setItem(COLUMN_STORAGE_KEY, JSON.stringify({ style: 'no' }));
    expect(visibleColumns(localStorage)).toContain('style');
  });
});
