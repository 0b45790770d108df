import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VpnConnectionListRoute } from '@/app/routes/vpn-connections/list';
import { renderRoutes } from '@/app/routes/vpn-connections/route-test-harness';
import { connectionListSearchSchema } from '@/features/vpn-connections/components/connection-table/list-view';
import { resetConnectionSettings } from '@/lib/connection-settings';

const renderList = (url = '/vpn-connections') =>
  renderRoutes(
    [
      { path: '/vpn-connections', component: VpnConnectionListRoute, validateSearch: (s) => connectionListSearchSchema.parse(s) },
      { path: '/vpn-connections/$id', component: () => null },
      { path: '/vpn-connections/$id/edit', component: () => null },
      { path: '/vpn-connections/create', component: () => null },
    ],
    url,
  );

const VGW = '11111111-1111-4111-8111-111111111111';
const EIP = '22222222-2222-4222-8222-222222222222';
const CGW = '33333333-3333-4333-8333-333333333333';

const connection = (id: string, name: string, status: string, extra: object = {}) => ({
  id,
  name,
  status,
  vgw_id: VGW,
  vgw_ip: EIP,
  style: 'STATIC',
  cgw_id: CGW,
  peer_subnets: ['192.168.44.0/24'],
  created_at: '2025-06-09T07:24:27.674Z',
  ...extra,
});

const gateways = {
  vpn_gateways: [{ id: VGW, name: 'gw-frankfurt', status: 'ACTIVE', eip1: { id: EIP, ip_address: '80.158.1.10' } }],
};
const customerGateways = { customer_gateways: [{ id: CGW, name: 'office-berlin', id_value: '203.0.113.7' }] };

type Handler = (url: string) => Response | Promise<Response>;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const listOf = (items: unknown[]) => json({ vpn_connections: items, page_info: { current_count: items.length }, total_count: items.length });

let connectionsHandler: Handler;
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = String(input);
  if (url.includes('/vpn-gateways')) return json(gateways);
  if (url.includes('/customer-gateways')) return json(customerGateways);
  return connectionsHandler(url);
});

beforeEach(() => {
  resetConnectionSettings();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockClear();
  vi.unstubAllGlobals();
});

describe('VPN connection list page', () => {
  it('shows a loading skeleton until the first answer', async () => {
    connectionsHandler = () => new Promise<Response>(() => {});
    await renderList();
    expect(screen.getByRole('heading', { level: 1, name: 'VPN connections' })).toBeInTheDocument();
    expect(screen.getByText('Loading VPN connections…')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an empty state with a hint and a way to create one', async () => {
    connectionsHandler = () => listOf([]);
    await renderList();
    expect(await screen.findByRole('heading', { name: 'No VPN connections yet' })).toBeInTheDocument();
    expect(screen.getByText(/links a VPN gateway in this project to a customer gateway/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first VPN connection' })).toHaveAttribute(
      'href',
      '/vpn-connections/create',
    );
  });

  it('shows each connection with readable status, style, gateways, subnets and created time', async () => {
    connectionsHandler = () =>
      listOf([
        connection('c1', 'site-a', 'ACTIVE'),
        connection('c2', 'site-b', 'DOWN', { style: 'POLICY', peer_subnets: undefined, policy_rules: [{ source: '10.0.0.0/24', destination: ['172.16.0.0/16'] }] }),
      ]);
    await renderList();
    const table = await screen.findByRole('table', { name: 'VPN connections' });
    // Connection rows carry a link; the header row and the redundant-pair line above c1/c2 do not.
    const [rowA, rowB] = within(table).getAllByRole('row').filter((r) => within(r).queryByRole('link'));
    expect(within(rowA!).getByRole('link', { name: 'site-a' })).toHaveAttribute('href', '/vpn-connections/c1');
    expect(within(rowA!).getByTestId('status-badge')).toHaveTextContent('Active');
    expect(rowA).toHaveTextContent('Static routing');
    expect(rowA).toHaveTextContent('192.168.44.0/24');
    expect(await within(rowA!).findByText('gw-frankfurt')).toBeInTheDocument();
    expect(within(rowA!).getByText('80.158.1.10')).toBeInTheDocument();
    expect(await within(rowA!).findByText('office-berlin')).toBeInTheDocument();
    expect(within(rowA!).getByText('203.0.113.7')).toBeInTheDocument();
    const created = rowA!.querySelector('time');
    expect(created).toHaveAttribute('dateTime', '2025-06-09T07:24:27.674Z');
    expect(created).toHaveTextContent(/^2025-06-09\d\d:24$/);
    expect(within(rowB!).getByTestId('status-badge')).toHaveTextContent('Not connected');
    expect(rowB).toHaveTextContent('Policy-based');
    expect(rowB).toHaveTextContent('172.16.0.0/16');
    expect(screen.getByText(/^Updated \d+ s ago$/)).toBeInTheDocument();
  });

  it('shows the API error in words with a retry that recovers', async () => {
    connectionsHandler = () => json({ error_code: 'VPN.0002', error_msg: 'server error', request_id: 'req-42' }, 500);
    await renderList();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API failed (500)');
    expect(alert).toHaveTextContent('server error');
    expect(alert).toHaveTextContent('VPN.0002');
    expect(alert).toHaveTextContent('req-42');
    connectionsHandler = () => listOf([connection('c1', 'site-a', 'ACTIVE')]);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry loading VPN connections' }));
    expect(await screen.findByRole('link', { name: 'site-a' })).toBeInTheDocument();
  });

  it('keeps the table when a refresh fails and says so', async () => {
    connectionsHandler = () => listOf([connection('c1', 'site-a', 'ACTIVE')]);
    await renderList();
    await screen.findByRole('link', { name: 'site-a' });
    connectionsHandler = () => Promise.reject(new TypeError('Failed to fetch'));
    await userEvent.click(screen.getByRole('button', { name: 'Refresh VPN connections' }));
    await waitFor(() => expect(screen.getByText(/last refresh failed/)).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'site-a' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
