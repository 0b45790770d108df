import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VpnGatewayListRoute } from '@/app/routes/vpn-gateways/list';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch, type FetchRoute } from '@/testing/mock-fetch';
import { renderWithRouter } from '@/testing/render';

const gateway = { id: 'g1', name: 'gw-fra', status: 'ACTIVE', network_type: 'public', attachment_type: 'vpc', connection_number: 200 };
const connection = { id: 'c1', name: 'site-a', status: 'ACTIVE', vgw_id: 'g1', vgw_ip: 'e1', cgw_id: 'x', style: 'STATIC' };
const quotas = (used: number): FetchRoute => ({
  method: 'GET',
  path: '/vpn/quotas',
  reply: { body: { quotas: { resources: [{ type: 'vpn_gateway', quota: 2, used }, { type: 'vpn_connection', quota: 100, used: 1 }] } } },
});
const routes = (gateways: unknown[], quotaRoute: FetchRoute): FetchRoute[] => [
  { method: 'GET', path: '/vpn-gateways', reply: { body: { vpn_gateways: gateways } } },
  { method: 'GET', path: '/vpn-connection', reply: { body: { vpn_connections: [connection], page_info: { current_count: 1 }, total_count: 1 } } },
  quotaRoute,
];

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

describe('VPN gateway list page', () => {
  it('shows the quota, the gateways with their connection count, and a create link', async () => {
    mockFetch(routes([gateway], quotas(1)));
    await renderWithRouter(<VpnGatewayListRoute />);
    expect(await screen.findByText('Quota: 1 of 2 VPN gateways used')).toBeInTheDocument();
    const row = within(await screen.findByRole('table', { name: 'VPN gateways' })).getAllByRole('row')[1];
    expect(await within(row!).findByText('1 of 200 used · 199 available')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create VPN gateway' })).toHaveAttribute('href', '/vpn-gateways/create');
  });

  it('disables create and says why when the gateway quota is used up', async () => {
    mockFetch(routes([gateway, { ...gateway, id: 'g2', name: 'gw-2' }], quotas(2)));
    await renderWithRouter(<VpnGatewayListRoute />);
    expect(await screen.findByText('none left')).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Create VPN gateway' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription(/reached its quota of 2 VPN gateways/);
  });

  it('explains what a gateway is when there is none', async () => {
    mockFetch(routes([], quotas(0)));
    await renderWithRouter(<VpnGatewayListRoute />);
    expect(await screen.findByRole('heading', { name: 'No VPN gateways yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first VPN gateway' })).toBeInTheDocument();
  });
});
