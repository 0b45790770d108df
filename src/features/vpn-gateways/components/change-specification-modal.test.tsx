import type { VpnGateway } from '@contract/vpn-gateway';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeSpecificationModal } from '@/features/vpn-gateways/components/change-specification-modal';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';

const gateway = (extra: Partial<VpnGateway>): VpnGateway => ({
  id: 'g1', name: 'gw-prod', status: 'ACTIVE', flavor: 'Professional1', supported_flavors: ['Professional1', 'Professional2'],
  eip1: { id: 'e1', ip_address: '80.158.1.1', bandwidth_size: 300 }, ...extra,
});

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

describe('ChangeSpecificationModal', () => {
  it('explains the change, offers the other supported flavor and sends it', async () => {
    const { sent } = mockFetch([{ method: 'POST', path: '/update-specification', reply: { body: { vpn_gateway: { id: 'g1', name: 'gw-prod' } } } }]);
    const onClose = vi.fn();
    renderWithProviders(<ChangeSpecificationModal opened onClose={onClose} gateway={gateway({})} />);
    expect(screen.getByText(/sets the gateway’s maximum bandwidth per EIP and how many connections it can carry/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Professional2' })).toBeChecked();
    expect(screen.getByText('Maximum bandwidth per EIP becomes 1 Gbit/s.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Change to Professional2' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.at(-1)).toMatchObject({ method: 'POST', path: expect.stringMatching(/\/vpn-gateways\/g1\/update-specification$/), body: { vpn_gateway: { flavor: 'Professional2' } } });
  });

  it('blocks a downgrade below the EIP bandwidth and says what to do first', () => {
    mockFetch([]);
    renderWithProviders(<ChangeSpecificationModal opened onClose={() => {}} gateway={gateway({ flavor: 'Professional2', eip1: { id: 'e1', ip_address: '80.158.1.1', bandwidth_size: 1000 } })} />);
    expect(screen.getByRole('radio', { name: 'Professional1' })).toBeDisabled();
    expect(screen.getByText('Its EIP 80.158.1.1 has 1 Gbit/s; lower it to 300 Mbit/s first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change specification' })).toBeDisabled();
  });

  it('tells a Basic gateway that it cannot change', () => {
    mockFetch([]);
    renderWithProviders(<ChangeSpecificationModal opened onClose={() => {}} gateway={gateway({ flavor: 'Basic', supported_flavors: ['Basic'] })} />);
    expect(screen.getByText(/Basic gateways stay Basic/)).toBeInTheDocument();
  });

  it('shows the API’s refusal', async () => {
    mockFetch([{ method: 'POST', path: '/update-specification', reply: { status: 400, body: { error_code: 'VPN.0518', error_msg: 'The target flavor Professional2 does not support modification', request_id: 'r' } } }]);
    renderWithProviders(<ChangeSpecificationModal opened onClose={() => {}} gateway={gateway({})} />);
    await userEvent.click(screen.getByRole('button', { name: 'Change to Professional2' }));
    expect(await screen.findByRole('alert', { name: /The specification was not changed/ })).toHaveTextContent('VPN.0518');
  });
});
