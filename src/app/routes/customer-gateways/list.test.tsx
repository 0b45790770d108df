import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CustomerGatewayListRoute } from '@/app/routes/customer-gateways/list';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithRouter } from '@/testing/render';

const cgw = { id: 'c1', name: 'hq-fw', id_value: '203.0.113.10' };

function setup(initialUsed: number, quota: number) {
  let used = initialUsed;
  const list = [cgw];
  return mockFetch([
    { method: 'GET', path: '/customer-gateways', reply: () => ({ body: { customer_gateways: list, page_info: { current_count: list.length }, total_count: list.length } }) },
    { method: 'GET', path: '/vpn-connection', reply: { body: { vpn_connections: [], page_info: { current_count: 0 }, total_count: 0 } } },
    { method: 'GET', path: '/vpn/quotas', reply: () => ({ body: { quotas: { resources: [{ type: 'customer_gateway', quota, used }] } } }) },
    {
      method: 'POST',
      path: '/customer-gateways',
      reply: (req) => {
        used += 1;
        const created = { id: 'c2', name: 'new-site', id_value: (req.body as { customer_gateway: { id_value: string } }).customer_gateway.id_value };
        list.push(created);
        return { status: 201, body: { customer_gateway: created } };
      },
    },
  ]);
}

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

describe('customer gateway list page', () => {
  it('creates one in a dialog and the quota bar follows', async () => {
    setup(1, 100);
    await renderWithRouter(<CustomerGatewayListRoute />);
    expect(await screen.findByText('Quota: 1 of 100 customer gateways used')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create customer gateway' }));
    await userEvent.type(screen.getByLabelText(/Customer gateway IP address/), '198.51.100.7');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Create customer gateway' }));
    expect(await screen.findByText('Quota: 2 of 100 customer gateways used')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'new-site' })).toBeInTheDocument());
  });

  it('disables create with the reason when the quota is used up', async () => {
    setup(1, 1);
    await renderWithRouter(<CustomerGatewayListRoute />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create customer gateway' })).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByRole('button', { name: 'Create customer gateway' })).toHaveAccessibleDescription(/reached its quota of 1 customer gateways/);
  });
});
