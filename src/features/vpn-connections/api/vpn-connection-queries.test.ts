import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE_SIZE, VPN_CONNECTION_PAGE_SIZE } from '@/config/list-paging';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
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

  it('fetches every page with limit and marker until a short page (a small first page, then full ones)', async () => {
    const firstPage = Array.from({ length: FIRST_PAGE_SIZE }, (_, i) => item(i));
    const secondPage = Array.from({ length: VPN_CONNECTION_PAGE_SIZE }, (_, i) => item(FIRST_PAGE_SIZE + i));
    const last = FIRST_PAGE_SIZE + VPN_CONNECTION_PAGE_SIZE;
    const page = (items: unknown[], marker: string) =>
      new Response(JSON.stringify({ vpn_connections: items, page_info: { next_marker: marker, current_count: items.length }, total_count: last + 3 }));
    fetchMock
      .mockResolvedValueOnce(page(firstPage, `t-${FIRST_PAGE_SIZE - 1}`))
      .mockResolvedValueOnce(page(secondPage, `t-${last - 1}`))
      .mockResolvedValueOnce(page([item(last), item(last + 1), item(last + 2)], `t-${last + 2}`));
    const data = await new QueryClient().fetchQuery(vpnConnectionQueries.list());
    expect(data.vpnConnections).toHaveLength(last + 3);
    expect(data.totalCount).toBe(last + 3);
    expect(data.complete).toBe(true);
    expect(data.vpnConnections[0]!.style).toBe('STATIC');
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls).toEqual([
      `/v5/0a1b2c3d4e5f60718293a4b5c6d7e8f9/vpn-connection?limit=${FIRST_PAGE_SIZE}`,
      `/v5/0a1b2c3d4e5f60718293a4b5c6d7e8f9/vpn-connection?limit=${VPN_CONNECTION_PAGE_SIZE}&marker=t-${FIRST_PAGE_SIZE - 1}`,
      `/v5/0a1b2c3d4e5f60718293a4b5c6d7e8f9/vpn-connection?limit=${VPN_CONNECTION_PAGE_SIZE}&marker=t-${last - 1}`,
    ]);
  });

  it('stops at a repeated marker instead of looping forever', async () => {
    // Every page is full (as many items as asked for) but the API keeps sending the same marker.
    fetchMock.mockImplementation(async (url) => {
      const limit = Number(new URL(String(url), 'http://x').searchParams.get('limit'));
      const items = Array.from({ length: limit }, (_, i) => item(i));
      return new Response(JSON.stringify({ vpn_connections: items, page_info: { next_marker: 'same', current_count: limit } }));
    });
    const data = await new QueryClient().fetchQuery(vpnConnectionQueries.list());
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(data.complete).toBe(true);
  });
});
