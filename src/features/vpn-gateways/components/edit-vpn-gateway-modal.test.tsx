import type { VpnGateway } from '@contract/vpn-gateway';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditVpnGatewayModal } from '@/features/vpn-gateways/components/edit-vpn-gateway-modal';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';

const gateway: VpnGateway = { id: 'g1', name: 'gw-lab', status: 'ACTIVE', network_type: 'public', attachment_type: 'vpc', ha_mode: 'active-standby', local_subnets: ['10.99.0.0/24'] };

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

describe('EditVpnGatewayModal', () => {
  it('sends only what changed', async () => {
    const { sent } = mockFetch([{ method: 'PUT', path: '/vpn-gateways/g1', reply: { body: { vpn_gateway: { id: 'g1', name: 'gw-lab-2' } } } }]);
    const onClose = vi.fn();
    renderWithProviders(<EditVpnGatewayModal opened onClose={onClose} gateway={gateway} />);
    expect(screen.getByLabelText('New active EIP ID')).toBeInTheDocument();
    const name = screen.getByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'gw-lab-2');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.at(-1)?.body).toEqual({ vpn_gateway: { name: 'gw-lab-2' } });
  });

  it('sends new local subnets, and says so when nothing changed', async () => {
    const { sent } = mockFetch([{ method: 'PUT', path: '/vpn-gateways/g1', reply: { body: { vpn_gateway: { id: 'g1', name: 'gw-lab' } } } }]);
    renderWithProviders(<EditVpnGatewayModal opened onClose={() => {}} gateway={gateway} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing changed yet: edit a field first')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add local subnet' }));
    await userEvent.type(screen.getByLabelText('Local subnet 2'), '10.98.0.0/24');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(sent.at(-1)?.body).toEqual({ vpn_gateway: { local_subnets: ['10.99.0.0/24', '10.98.0.0/24'] } }));
  });

  it('shows the API’s refusal in words', async () => {
    mockFetch([{ method: 'PUT', path: '/vpn-gateways/g1', reply: { status: 400, body: { error_code: 'VPN.0507', error_msg: 'The gateway is being updated, please try again later.', request_id: 'r' } } }]);
    renderWithProviders(<EditVpnGatewayModal opened onClose={() => {}} gateway={gateway} />);
    await userEvent.type(screen.getByLabelText(/^Name/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert', { name: /The gateway was not changed/ })).toHaveTextContent('The gateway is being updated');
  });
});
