import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  VPN_CONNECTION_PAGE_SIZE,
  vpnConnectionQueries,
} from '@/features/vpn-connections/api/vpn-connection-queries';
import { resetConnectionSettings, saveConnectionSettings } from '@/lib/connection-settings';

const item = (i: number) => ({
  id: `id-${i}`,
  name: `c-${i}`,
  status: 'ACTIVE',
  vgw_id: 'g',
  vgw_ip: 'e',
  style: 'static',
  cgw_id: 'c',
  created_at: `t-${i}`,
});

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  resetConnectionSettings();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('vpnConnectionQueries', () => {
  it('builds keys from generic to specific, scoped by API base and project', () => {
    saveConnectionSettings({ apiBase: 'http://a.test', projectId: 'p1', token: 't' });
    expect(vpnConnectionQueries.all()).toEqual(['vpn-connections', 'http://a.test', 'p1']);
    expect(vpnConnectionQueries.list().queryKey).toEqual(['vpn-connections', 'http://a.test', 'p1', 'list', {}]);
    expect(vpnConnectionQueries.detail('x').queryKey).toEqual(['vpn-connections', 'http://a.test', 'p1', 'detail', 'x']);
    saveConnectionSettings({ apiBase: '', projectId: 'p2', token: 't' });
    expect(vpnConnectionQueries.lists()).toEqual(['vpn-connections', '', 'p2', 'list']);
  });

  it('fetches every page with limit and marker until a short page', async () => {
    const firstPage = Array.from({ length: VPN_CONNECTION_PAGE_SIZE }, (_, i) => item(i));
    fetchMock
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({
            vpn_connections: firstPage,
            page_info: { next_marker: 't-199', current_count: VPN_CONNECTION_PAGE_SIZE },
            total_count: 203,
          }),
        ),
      )
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({
            vpn_connections: [item(200), item(201), item(202)],
            page_info: { next_marker: 't-202', current_count: 3 },
            total_count: 203,
          }),
        ),
      );
    const data = await new QueryClient().fetchQuery(vpnConnectionQueries.list());
    expect(data.vpnConnections).toHaveLength(203);
    expect(data.totalCount).toBe(203);
    expect(data.vpnConnections[0]!.style).toBe('STATIC');
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls).toEqual([
      `/v5/0a1b2c3d4e5f60718293a4b5c6d7e8f9/vpn-connection?limit=${VPN_CONNECTION_PAGE_SIZE}`,
      `/v5/0a1b2c3d4e5f60718293a4b5c6d7e8f9/vpn-connection?limit=${VPN_CONNECTION_PAGE_SIZE}&marker=t-199`,
    ]);
  });
});
