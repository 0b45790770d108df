import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CreateVpnGatewayForm } from '@/features/vpn-gateways/components/create-gateway/create-vpn-gateway-form';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch, type FetchRoute } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';

const VPC = '0b4e6a47-3c5d-4c6e-9f10-2a3b4c5d6e7f';
const SUBNET = '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const zones: FetchRoute = {
  method: 'GET',
  path: '/vpn-gateways/availability-zones',
  reply: { body: { availability_zones: { basic: { vpc: ['eu-de-01'], er: [] }, professional1: { vpc: ['eu-de-01', 'eu-de-02', 'eu-de-03'], er: ['eu-de-01'] }, professional2: { vpc: ['eu-de-01', 'eu-de-02'], er: [] } } } },
};

async function paste(input: HTMLElement, text: string) {
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(text);
}

function renderForm(asns?: ReadonlyMap<number, readonly string[]>) {
  const onCreated = vi.fn();
  renderWithProviders(<CreateVpnGatewayForm onCreated={onCreated} onCancel={() => {}} customerGatewayAsns={asns} />);
  return { onCreated };
}

async function fillVpcBasics() {
  await paste(screen.getByLabelText(/VPC ID/, { selector: 'input[name="vpc_id"]' }), VPC);
  await paste(screen.getByLabelText(/Connect subnet ID/), SUBNET);
  await paste(screen.getByLabelText('Local subnet 1'), '10.1.0.0/24');
}

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

// A large form: typing into it takes seconds in jsdom on a busy machine.
describe('CreateVpnGatewayForm', { timeout: 30_000 }, () => {
  it('sends the documented body for a public VPC gateway and hands over the new gateway', async () => {
    const { sent } = mockFetch([
      zones,
      { method: 'POST', path: '/vpn-gateways', reply: { status: 201, body: { vpn_gateway: { id: 'gw-new', name: 'edge-1' } } } },
    ]);
    const { onCreated } = renderForm();
    await paste(screen.getByLabelText('Name'), 'edge-1');
    await fillVpcBasics();
    await userEvent.click(screen.getByRole('button', { name: 'Create VPN gateway' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'gw-new' })));
    expect(sent.find((r) => r.method === 'POST')?.body).toEqual({
      vpn_gateway: {
        name: 'edge-1',
        network_type: 'public',
        attachment_type: 'vpc',
        ip_version: 'ipv4',
        flavor: 'Professional1',
        ha_mode: 'active-active',
        vpc_id: VPC,
        connect_subnet: SUBNET,
        local_subnets: ['10.1.0.0/24'],
        bgp_asn: 64512,
        eip1: { type: '5_bgp', bandwidth_size: 100 },
        eip2: { type: '5_bgp', bandwidth_size: 100 },
      },
    });
  });

  it('shows the contract’s messages for missing VPC fields and sends nothing', async () => {
    const { sent } = mockFetch([zones]);
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Create VPN gateway' }));
    expect(await screen.findByText('A VPC-attached gateway needs vpc_id: choose the VPC')).toBeInTheDocument();
    expect(screen.getByText('A VPC-attached gateway needs at least one local subnet, e.g. 10.1.0.0/24')).toBeInTheDocument();
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('follows the choices: Basic is unavailable for private gateways, bandwidth and zone hints follow the flavor', async () => {
    mockFetch([zones]);
    renderForm();
    expect(await screen.findAllByText(/Professional1 allows up to 300 Mbit\/s/)).toHaveLength(2);
    expect(await screen.findByRole('checkbox', { name: 'eu-de-03' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /Professional2/ }));
    expect(screen.getAllByText(/Professional2 allows up to 1000 Mbit\/s/)).toHaveLength(2);
    expect(screen.queryByRole('checkbox', { name: 'eu-de-03' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: /^Private/ }));
    expect(screen.getByRole('radio', { name: /^Basic/ })).toBeDisabled();
    expect(screen.getByText('Not available for private or enterprise-router gateways.')).toBeInTheDocument();
    expect(screen.getByLabelText('Private IP 1')).toBeInTheDocument();
    expect(screen.queryByText(/Existing EIP ID/)).not.toBeInTheDocument();
  });

  it('asks for two zones when it offers more than one and the admin ticks one', async () => {
    mockFetch([zones]);
    renderForm();
    await fillVpcBasics();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'eu-de-02' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create VPN gateway' }));
    expect(await screen.findByText('Tick two zones (one per gateway node), or none to let OTC choose')).toBeInTheDocument();
  });

  it('warns when the ASN is one a customer gateway already uses', async () => {
    mockFetch([zones]);
    renderForm(new Map([[65001, ['hq-fw']]]));
    await paste(screen.getByLabelText('BGP ASN'), '65001');
    const warning = await screen.findByText('This ASN is already used by a customer gateway');
    expect(warning.closest('[role="alert"], .mantine-Alert-root')).toHaveTextContent('hq-fw has ASN 65001');
  });

  it('puts a server refusal next to the field it names', async () => {
    mockFetch([
      zones,
      { method: 'POST', path: '/vpn-gateways', reply: { status: 400, body: { error_code: 'VPN.0001', error_msg: 'invalid request: vpn_gateway.connect_subnet: subnet has no free IPs', request_id: 'r' } } },
    ]);
    renderForm();
    await fillVpcBasics();
    await userEvent.click(screen.getByRole('button', { name: 'Create VPN gateway' }));
    expect(await screen.findByText('subnet has no free IPs')).toBeInTheDocument();
    const field = screen.getByLabelText(/Connect subnet ID/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/subnet has no free IPs/);
    expect(within(screen.getByRole('alert', { name: /The VPN gateway was not created/ })).getByText(/VPN\.0001/)).toBeInTheDocument();
  });
});
