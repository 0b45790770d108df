import type { VpnGateway } from '@contract/vpn-gateway';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VpnGatewayTable } from '@/features/vpn-gateways/components/vpn-gateway-table';
import { renderWithRouter } from '@/testing/render';

const publicStandby: VpnGateway = {
  id: 'g1', name: 'gw-prod', status: 'ACTIVE', network_type: 'public', attachment_type: 'vpc', ha_mode: 'active-standby',
  flavor: 'Professional2', bgp_asn: 65010, connection_number: 200, local_subnets: ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16'],
  eip1: { id: 'e1', ip_address: '80.158.1.1' }, eip2: { id: 'e2', ip_address: '80.158.1.2' },
};
const privateCreating: VpnGateway = {
  id: 'g2', name: 'gw-new', status: 'PENDING_CREATE', network_type: 'private', attachment_type: 'er', ha_mode: 'active-active', flavor: 'Professional1', connection_number: 200,
};

describe('VpnGatewayTable', () => {
  it('shows kind, HA mode, flavor with bandwidth, addresses with their role, subnets, ASN and capacity', async () => {
    await renderWithRouter(<VpnGatewayTable gateways={[publicStandby, privateCreating]} connectionCounts={new Map([['g1', 5]])} />);
    const [, prod, fresh] = within(screen.getByRole('table', { name: 'VPN gateways' })).getAllByRole('row');
    expect(within(prod!).getByRole('link', { name: 'gw-prod' })).toHaveAttribute('href', '/vpn-gateways/g1');
    expect(prod).toHaveTextContent('Public · VPC');
    expect(prod).toHaveTextContent('Active-standby');
    expect(prod).toHaveTextContent('Professional2 · up to 1 Gbit/s');
    expect(prod).toHaveTextContent('80.158.1.1 Active EIP');
    expect(prod).toHaveTextContent('80.158.1.2 Standby EIP');
    expect(prod).toHaveTextContent('+2 more');
    expect(prod).toHaveTextContent('65010');
    expect(prod).toHaveTextContent('5 of 200 used · 195 available');
    expect(within(prod!).getByTestId('status-badge')).toHaveAccessibleDescription('Ready: the gateway runs and can carry VPN connections.');

    expect(within(fresh!).getByTestId('status-badge')).toHaveTextContent('Creating');
    expect(fresh).toHaveTextContent('Private · Enterprise router');
    expect(fresh).toHaveTextContent('Assigned when ready');
    expect(fresh).toHaveTextContent('0 of 200 used · 200 available');
  });
});
