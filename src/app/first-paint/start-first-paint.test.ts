import { CONSOLE_CONFIG_META_NAME } from '@contract/console-config';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFirstPaint } from '@/app/first-paint/start-first-paint';
import { apiRequest, isApiError } from '@/lib/api-client';
import { resetConnectionSettings, saveConnectionSettings } from '@/lib/connection-settings';
import { dropEarlyResponses } from '@/lib/early-responses';
import { dismissFirstPaint, isFirstPaintShown } from '@/lib/first-paint-handoff';

const connections = {
  vpn_connections: [
    { id: 'c1', name: 'hq-primary', status: 'ACTIVE', vgw_id: 'g1', vgw_ip: '10.0.0.1', style: 'STATIC', cgw_id: 'k1' },
    { id: 'c2', name: 'hq-secondary', status: 'DOWN', vgw_id: 'g1', vgw_ip: '10.0.0.2', style: 'STATIC', cgw_id: 'k1' },
  ],
};
const gateways = { vpn_gateways: [{ id: 'g1', name: 'vpngw-core', network_type: 'private', access_private_ip_1: '10.0.0.1', access_private_ip_2: '10.0.0.2' }] };
const customerGateways = { customer_gateways: [{ id: 'k1', name: 'hq-fw', id_value: '203.0.113.1' }] };

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function answer(status = 200) {
  fetchMock.mockImplementation(async (input) => {
    const url = String(input);
    if (status !== 200) return json({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }, status);
    if (url.includes('/vpn-connection?')) return json(connections);
    if (url.includes('/vpn-gateways')) return json(gateways);
    return json(customerGateways);
  });
}

beforeEach(() => {
  const meta = document.createElement('meta');
  meta.name = CONSOLE_CONFIG_META_NAME;
  meta.content = JSON.stringify({ mode: 'mock', region: null, sign_in_required: false, endpoints: null });
  document.head.append(meta);
  document.body.innerHTML = '<div id="root"></div>';
  resetConnectionSettings();
  saveConnectionSettings({ apiBase: 'http://api.test', projectId: 'p-1', token: 't' });
  vi.stubGlobal('fetch', fetchMock);
  window.history.replaceState(null, '', '/vpn-connections');
});
afterEach(() => {
  dismissFirstPaint();
  dropEarlyResponses();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  document.head.querySelectorAll(`meta[name="${CONSOLE_CONFIG_META_NAME}"]`).forEach((m) => m.remove());
  window.history.replaceState(null, '', '/');
});

describe('startFirstPaint', () => {
  it('draws the first rows above the inert application, and the API client adopts the responses', async () => {
    answer();
    await startFirstPaint(window);
    expect(isFirstPaintShown()).toBe(true);
    const overlay = document.querySelector('[data-first-paint]');
    expect([...(overlay?.querySelectorAll('tbody a') ?? [])].map((a) => a.textContent)).toEqual(['hq-primary', 'hq-secondary']);
    expect(overlay?.textContent).toContain('vpngw-core');
    expect(document.getElementById('root')?.hasAttribute('inert')).toBe(true);

    const body = await apiRequest({ path: (p) => `/v5/${p}/vpn-connection`, query: { limit: 50 }, schema: z.object({ vpn_connections: z.array(z.object({ id: z.string() })) }) });
    expect(body.vpn_connections.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    // Once only: a poll asks the network again.
    await apiRequest({ path: (p) => `/v5/${p}/vpn-connection`, query: { limit: 50 }, schema: z.unknown() });
    expect(fetchMock).toHaveBeenCalledTimes(4);

    dismissFirstPaint();
    expect(document.querySelector('[data-first-paint]')).toBeNull();
    expect(document.getElementById('root')?.hasAttribute('inert')).toBe(false);
  });

  it('draws nothing when the API refuses, and the application sees the refusal as if it had asked', async () => {
    answer(401);
    await startFirstPaint(window);
    expect(isFirstPaintShown()).toBe(false);
    const error = await apiRequest({ path: (p) => `/v5/${p}/vpn-connection`, query: { limit: 50 }, schema: z.unknown() }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('draws nothing for a body it cannot read, and leaves an empty project to the application’s empty state', async () => {
    fetchMock.mockImplementation(async () => json({ vpn_connections: [{ id: 'c1' }] }));
    await startFirstPaint(window);
    expect(isFirstPaintShown()).toBe(false);
    fetchMock.mockImplementation(async () => json({ vpn_connections: [], vpn_gateways: [], customer_gateways: [] }));
    await startFirstPaint(window);
    expect(isFirstPaintShown()).toBe(false);
  });

  it('draws a screenful first and the rest of the first page right after that frame', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...connections.vpn_connections[0], id: `c${i}`, name: `conn-${i}`, cgw_id: `k${i}` }));
    fetchMock.mockImplementation(async (input) =>
      String(input).includes('/vpn-connection?') ? json({ vpn_connections: many }) : String(input).includes('/vpn-gateways') ? json(gateways) : json(customerGateways),
    );
    const rows = () => document.querySelectorAll('[data-first-paint] tbody tr[data-connection-id]').length;
    await startFirstPaint(window);
    expect(rows()).toBe(Math.ceil(window.innerHeight / 52));
    await vi.waitFor(() => expect(rows()).toBe(50));
  });
});

describe('the first requests from index.html (inline-early-requests.ts)', () => {
  // The inline script is a classic script of its own: each import here is a fresh run of it, as on a page load.
  const runInlineScript = async () => {
    vi.resetModules();
    await import('@/app/first-paint/inline-early-requests');
  };

  it('asks for the first page and the gateway lists at once; the first paint and the API client adopt them', async () => {
    answer();
    await runInlineScript();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([
      'http://api.test/v5/p-1/vpn-connection?limit=50',
      'http://api.test/v5/p-1/vpn-gateways',
      'http://api.test/v5/p-1/customer-gateways?limit=200',
    ]);
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('X-Auth-Token')).toBe('t');

    await startFirstPaint(window);
    expect([...document.querySelectorAll('[data-first-paint] tbody a')].map((a) => a.textContent)).toEqual(['hq-primary', 'hq-secondary']);
    const body = await apiRequest({ path: (p) => `/v5/${p}/vpn-connection`, query: { limit: 50 }, schema: z.object({ vpn_connections: z.array(z.object({ id: z.string() })) }) });
    expect(body.vpn_connections.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('asks for nothing on another page or on a list URL with a view in it', async () => {
    answer();
    for (const url of ['/vpn-gateways', '/vpn-connections?q=hq']) {
      window.history.replaceState(null, '', url);
      await runInlineScript();
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is not adopted by a client with another token (a new sign-in): that client asks itself', async () => {
    answer();
    await runInlineScript();
    saveConnectionSettings({ apiBase: 'http://api.test', projectId: 'p-1', token: 'other' });
    await apiRequest({ path: (p) => `/v5/${p}/vpn-connection`, query: { limit: 50 }, schema: z.unknown() });
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(new Headers(fetchMock.mock.calls[3]?.[1]?.headers).get('X-Auth-Token')).toBe('other');
  });
});
