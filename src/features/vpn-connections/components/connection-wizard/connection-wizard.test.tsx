import { createVpnConnectionSchema } from '@contract/vpn-connection';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '@/testing/render';
import {
  testCustomerGateways,
  testGateways,
  WizardHarness,
} from '@/features/vpn-connections/components/connection-wizard/wizard-test-harness';

const [fra] = testGateways;
const [hq] = testCustomerGateways;
const PSK = 'Abcd1234!x';

afterEach(() => vi.unstubAllGlobals());

function render(props: Parameters<typeof WizardHarness>[0] = {}) {
  return renderWithRouter(<WizardHarness {...props} />, { path: '/vpn-connections/create' });
}
const where = () => screen.getByTestId('search').textContent;
const heading = (name: RegExp) => screen.findByRole('heading', { level: 2, name });
const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Next' }));

async function pickGateways(user: UserEvent) {
  await user.click(await screen.findByRole('radio', { name: /vpngw-fra-core/ }));
  await user.click(screen.getByRole('radio', { name: /EIP 1: 80\.158\.1\.1/ }));
  await user.click(screen.getByRole('combobox', { name: /Customer gateway/ }));
  await user.click(await screen.findByRole('option', { name: /hq-frankfurt-fw/ }));
}

async function enterPsk(user: UserEvent, psk = PSK, confirm = psk) {
  await user.type(screen.getByLabelText(/^Pre-shared key \(PSK\)/), psk);
  await user.type(screen.getByLabelText(/^Confirm pre-shared key/), confirm);
}

// jsdom with Mantine's Stepper and Selects is slow on busy 2-core machines; the default 5 s is too tight.
describe('connection wizard: steps', { timeout: 20_000 }, () => {
  it('validates only the current step on Next, with the contract’s words, and focuses the first problem', async () => {
    const user = userEvent.setup({ delay: null });
    await render();
    await next(user);
    await heading(/Step 2 of 6: Gateways/);
    await next(user);
    expect(await screen.findByText('Choose a VPN gateway (vgw_id is required)')).toBeInTheDocument();
    expect(screen.getByText('Choose a customer gateway (cgw_id is required)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: /vpngw-fra-core/ })).toHaveFocus());
    expect(where()).toBe('static/gateways');
    expect(screen.getByRole('status')).toHaveTextContent(/to fix before you continue\. Choose a VPN gateway/);
    // Nothing of later steps is checked yet.
    expect(screen.queryByText(/pre-shared key/i)).not.toBeInTheDocument();
  });

  it('moves focus to the step heading on Next and Back, and Back keeps every value', async () => {
    const user = userEvent.setup({ delay: null });
    await render();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'vpn-hq');
    await next(user);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveFocus());
    await pickGateways(user);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading(/Step 1 of 6: Style/)).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('vpn-hq');
    await next(user);
    expect(await screen.findByRole('radio', { name: /vpngw-fra-core/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /Customer gateway/ })).toHaveValue('hq-frankfurt-fw — 203.0.113.10 · ASN 65001');
  });

  it.each([
    ['static', ['Link detection (NQA)', 'Tunnel interface addresses'], ['Policy rules', 'Branch interconnection']],
    ['policy', ['Policy rules'], ['Tunnel interface addresses', 'Link detection (NQA)', 'Branch interconnection']],
    ['bgp', ['Branch interconnection', 'Tunnel interface addresses'], ['Policy rules', 'Link detection (NQA)']],
  ] as const)('the %s networking step shows only its own fields', async (style, shown, hidden) => {
    const user = userEvent.setup({ delay: null });
    await render({ initial: { style } });
    await next(user);
    await pickGateways(user);
    await next(user);
    await heading(/Networking/);
    for (const label of shown) expect(screen.getAllByText(label, { exact: false }).length).toBeGreaterThan(0);
    for (const label of hidden) expect(screen.queryByText(label, { exact: false })).not.toBeInTheDocument();
  });

  it('does not open a later step from the URL while an earlier one is invalid', async () => {
    await render({ initial: { style: 'bgp', step: 'review' } });
    await heading(/Step 2 of 6: Gateways/);
    expect(where()).toBe('bgp/gateways');
  });

  it('starts with the gateway it was opened for (?vgw=), over a draft that chose another, and asks for its address', async () => {
    const user = userEvent.setup({ delay: null });
    const first = await render({ initial: { style: 'static', step: 'gateways' } });
    await pickGateways(user);
    first.unmount();
    const [, prodHa] = testGateways;
    await render({ initial: { style: 'static', step: 'gateways' }, presetGatewayId: prodHa?.id });
    expect(await screen.findByRole('radio', { name: /vpngw-prod-ha/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /vpngw-fra-core/ })).not.toBeChecked();
    // The draft's address belonged to the other gateway; nothing of this one is chosen for the admin.
    const addresses = within(screen.getByRole('radiogroup', { name: /Gateway IP/ })).getAllByRole('radio');
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
    // The rest of the draft is kept.
    expect((screen.getByRole('combobox', { name: /Customer gateway/ }) as HTMLInputElement).value).toMatch(/^hq-frankfurt-fw/);
  });

  it('ignores a ?vgw= that is not one of the project\'s gateways', async () => {
    await render({ initial: { style: 'static', step: 'gateways' }, presetGatewayId: 'no-such-gateway' });
    await heading(/Step 2 of 6: Gateways/);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
  });

  it('labels every field with a description of what it is', async () => {
    const user = userEvent.setup({ delay: null });
    await render();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveAccessibleDescription(/Left empty, OTC names it vpn-xxxx/);
    await next(user);
    await pickGateways(user);
    await next(user);
    expect(screen.getByRole('textbox', { name: 'Customer subnet 1' })).toBeInTheDocument();
    expect(screen.getByText(/The networks behind the customer gateway/)).toBeInTheDocument();
  });
});

describe('connection wizard: create', { timeout: 20_000 }, () => {
  it('completes the static wizard and POSTs exactly the reviewed body once', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = vi.fn(async () => Response.json({ vpn_connection: { id: 'new-id', name: 'vpn-1a2b', vgw_id: fra?.id, vgw_ip: 'x', style: 'STATIC', cgw_id: hq?.id, status: 'PENDING_CREATE' } }, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const onCreated = vi.fn();
    await render({ onCreated });
    await next(user);
    await pickGateways(user);
    await next(user);
    await user.type(screen.getByRole('textbox', { name: 'Customer subnet 1' }), '192.168.44.0/24');
    await next(user);
    await enterPsk(user);
    await next(user);
    await heading(/Tags/);
    await next(user);
    await heading(/Review/);
    const body = within(screen.getByTestId('request-body')).getByText(/vpn_connection/).textContent ?? '';
    expect(body).toContain('"psk": "********"');
    expect(body).not.toContain(PSK);
    const create = screen.getByRole('button', { name: /Create connection/ });
    await user.dblClick(create);
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-id' })));
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/\/v5\/[^/]+\/vpn-connection$/);
    expect(init.method).toBe('POST');
    const expected = createVpnConnectionSchema.parse({
      vgw_id: fra?.id,
      vgw_ip: fra?.eip1?.id,
      style: 'static',
      cgw_id: hq?.id,
      peer_subnets: ['192.168.44.0/24'],
      psk: PSK,
    });
    expect(JSON.parse(String(init.body))).toEqual({ vpn_connection: expected });
    expect(JSON.parse(body)).toEqual({ vpn_connection: { ...expected, psk: '********' } });
  });
});
