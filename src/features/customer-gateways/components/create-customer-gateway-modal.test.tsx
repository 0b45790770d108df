import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { CreateCustomerGatewayModal } from '@/features/customer-gateways/components/create-customer-gateway-modal';

afterEach(() => vi.unstubAllGlobals());

const created = { id: 'c9999999-9999-4999-8999-999999999999', name: 'site-b', id_value: '198.51.100.9', bgp_asn: 65100 };

describe('CreateCustomerGatewayModal', () => {
  it('checks the address with the contract’s words, then creates and hands back the new customer gateway', async () => {
    const fetch = vi.fn(async () => Response.json({ customer_gateway: created }, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const onCreated = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CreateCustomerGatewayModal opened onClose={() => {}} onCreated={onCreated} asnHint="It must differ from 64512." />);
    const address = screen.getByRole('textbox', { name: /^Customer gateway IP address/ });
    await user.type(address, '198.51.100');
    await user.tab();
    expect(await screen.findByText('The customer gateway address (id_value) must be an IPv4 address such as 192.168.1.10')).toBeInTheDocument();
    await user.type(address, '.9');
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'site-b');
    expect(screen.getByRole('textbox', { name: /^BGP ASN/ })).toHaveAccessibleDescription(/It must differ from 64512\./);
    await user.type(screen.getByRole('textbox', { name: /^BGP ASN/ }), '65100');
    await user.click(screen.getByRole('button', { name: 'Create customer gateway' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ customer_gateway: { name: 'site-b', id_type: 'ip', id_value: '198.51.100.9', bgp_asn: 65100 } });
  });

  it('puts a rejection that names a field on that field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error_code: 'VPN.0001', error_msg: 'invalid request: customer_gateway.id_value: 198.51.100.9 is already used by customer gateway site-a', request_id: 'r1' }, { status: 400 })));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CreateCustomerGatewayModal opened onClose={() => {}} onCreated={() => {}} />);
    const address = screen.getByRole('textbox', { name: /^Customer gateway IP address/ });
    await user.type(address, '198.51.100.9');
    await user.click(screen.getByRole('button', { name: 'Create customer gateway' }));
    await waitFor(() => expect(address).toHaveAccessibleDescription(/is already used by customer gateway site-a/));
  });
});
