import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenameCustomerGatewayModal } from '@/features/customer-gateways/components/rename-customer-gateway-modal';
import { CustomerGatewaySummary } from '@/features/customer-gateways/components/customer-gateway-summary';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';

const cgw = { id: 'c1', name: 'hq-fw', id_type: 'ip', id_value: '203.0.113.10', tags: [{ key: 'site', value: 'hq' }] };

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

describe('RenameCustomerGatewayModal', () => {
  it('renames with the name only', async () => {
    const { sent } = mockFetch([{ method: 'PUT', path: '/customer-gateways/c1', reply: { body: { customer_gateway: { ...cgw, name: 'hq-fw-2' } } } }]);
    const onClose = vi.fn();
    renderWithProviders(<RenameCustomerGatewayModal opened onClose={onClose} customerGateway={cgw} />);
    const name = screen.getByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'hq-fw-2');
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.at(-1)?.body).toEqual({ customer_gateway: { name: 'hq-fw-2' } });
  });

  it('refuses a name OTC would refuse, with the contract’s words', async () => {
    const { sent } = mockFetch([]);
    renderWithProviders(<RenameCustomerGatewayModal opened onClose={() => {}} customerGateway={cgw} />);
    await userEvent.type(screen.getByLabelText(/^Name/), ' with space');
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText(/The name may contain only letters, digits, _ - \. \(no spaces\)/)).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });
});

describe('CustomerGatewaySummary', () => {
  it('shows the address, a missing ASN in words, and the tags', () => {
    renderWithProviders(<CustomerGatewaySummary customerGateway={cgw} />);
    expect(screen.getByText('203.0.113.10')).toBeInTheDocument();
    expect(screen.getByText('none (static and policy connections only)')).toBeInTheDocument();
    expect(screen.getByText('site = hq')).toBeInTheDocument();
  });
});
