import { defaultConnectionFormValues } from '@contract/connection-form';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '@/testing/render';
import { DRAFT_STORAGE_KEY, saveDraft } from '@/features/vpn-connections/components/connection-wizard/draft-store';
import {
  testCustomerGateways,
  testGateways,
  WizardHarness,
} from '@/features/vpn-connections/components/connection-wizard/wizard-test-harness';

const [fra] = testGateways;
const [hq] = testCustomerGateways;
const PSK = 'Abcd1234!x';
const created = { id: 'new-id', name: 'vpn-1a2b', vgw_id: fra?.id, vgw_ip: fra?.eip1?.id, style: 'STATIC', cgw_id: hq?.id, status: 'PENDING_CREATE' };

afterEach(() => vi.unstubAllGlobals());

function stubFetch(...answers: (() => Response | Promise<Response>)[]) {
  const fetch = vi.fn(async () => (answers.shift() ?? (() => Response.json({ vpn_connection: created }, { status: 201 })))());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A saved draft up to the security step, then PSK and on to the review. */
async function toReview(onCreated = vi.fn()) {
  saveDraft(
    { ...defaultConnectionFormValues('static'), name: 'vpn-kept', vgw_id: fra?.id ?? '', vgw_ip: fra?.eip1?.id ?? '', cgw_id: hq?.id ?? '', peer_subnets: ['192.168.44.0/24'] },
    'security',
  );
  const user = userEvent.setup({ delay: null });
  const view = await renderWithRouter(<WizardHarness onCreated={onCreated} />, { path: '/vpn-connections/create' });
  await screen.findByRole('heading', { level: 2, name: /Security$/ });
  await user.type(screen.getByLabelText(/^Pre-shared key \(PSK\)/), PSK);
  await user.type(screen.getByLabelText(/^Confirm pre-shared key/), PSK);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: /Tags$/ });
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: /Review$/ });
  return { user, ...view };
}

const otcError = (status: number, error_code: string, error_msg: string) => () =>
  Response.json({ error_code, error_msg, request_id: 'req-42' }, { status });

describe('connection wizard: when the API says no', { timeout: 20_000 }, () => {
  it('puts a rejection that names a field on that field, on its step, and focuses it', async () => {
    stubFetch(otcError(400, 'VPN.0001', 'invalid request: vpn_connection.peer_subnets[0]: 192.168.44.0/24 overlaps 10.10.0.0/16, a local subnet of gateway vpngw-fra-core'));
    const { user } = await toReview();
    await user.click(screen.getByRole('button', { name: 'Create connection' }));
    const subnet = await screen.findByRole('textbox', { name: 'Customer subnet 1' });
    expect(screen.getByTestId('search')).toHaveTextContent('static/networking');
    await waitFor(() => expect(subnet).toHaveFocus());
    expect(subnet).toHaveAccessibleDescription(/overlaps 10\.10\.0\.0\/16, a local subnet of gateway vpngw-fra-core/);
    expect(screen.getByRole('status')).toHaveTextContent(/One problem to fix before you continue/);
  });

  it('shows a rejection that names no field above the form with code, message and request id, without retry', async () => {
    stubFetch(otcError(400, 'VPN.0013', 'Unsupported attribute: vpn_connection.mtu'));
    const { user } = await toReview();
    await user.click(screen.getByRole('button', { name: 'Create connection' }));
    const alert = await screen.findByRole('alert', { name: /The connection was not created/ });
    expect(alert).toHaveTextContent('Unsupported attribute: vpn_connection.mtu');
    expect(alert).toHaveTextContent('VPN.0013');
    expect(alert).toHaveTextContent('req-42');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('keeps every value after a 5xx and creates the connection on retry', async () => {
    const fetch = stubFetch(otcError(500, 'VPN.0002', 'server error: simulated'));
    const onCreated = vi.fn();
    const { user } = await toReview(onCreated);
    await user.click(screen.getByRole('button', { name: 'Create connection' }));
    const alert = await screen.findByRole('alert', { name: /The connection was not created/ });
    expect(alert).toHaveTextContent('server error: simulated');
    expect(alert).toHaveTextContent('Every value you entered is kept');
    expect(screen.getByTestId('request-body')).toHaveTextContent('vpn-kept');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-id', status: 'PENDING_CREATE' })));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('offers a retry when the API cannot be reached', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = await toReview();
    await user.click(screen.getByRole('button', { name: 'Create connection' }));
    const alert = await screen.findByRole('alert', { name: /The connection was not created/ });
    expect(alert).toHaveTextContent('Cannot reach the API');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});

describe('connection wizard: never lose input', { timeout: 20_000 }, () => {
  it('restores a draft without the PSK, and Discard clears it and starts over', async () => {
    saveDraft({ ...defaultConnectionFormValues('bgp'), name: 'vpn-restored' }, 'style');
    const user = userEvent.setup({ delay: null });
    await renderWithRouter(<WizardHarness />, { path: '/vpn-connections/create' });
    expect(await screen.findByText('Your unfinished connection was restored')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('vpn-restored');
    expect(screen.getByRole('radio', { name: 'BGP routing' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: /^Discard draft$/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue(''));
    expect(screen.getByRole('radio', { name: 'Static routing' })).toBeChecked();
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    expect(screen.getByTestId('search')).toHaveTextContent('static/style');
  });

  it('asks before leaving with unsaved changes, and stays when asked to', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = await renderWithRouter(<WizardHarness />, { path: '/vpn-connections/create' });
    void router.navigate({ to: '/vpn-gateways' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/vpn-gateways'));
    void router.navigate({ to: '/vpn-connections/create' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/vpn-connections/create'));
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'vpn-unsaved');
    void router.navigate({ to: '/vpn-gateways' });
    expect(await screen.findByText('Leave the connection wizard?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay in the wizard' }));
    await waitFor(() => expect(screen.queryByText('Leave the connection wizard?')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/vpn-connections/create');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('vpn-unsaved');
  });
});
