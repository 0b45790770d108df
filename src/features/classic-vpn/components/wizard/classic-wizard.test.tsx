import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '@/testing/render';
import { IDS, neutronError, stubClassicApi } from '@/features/classic-vpn/components/classic-test-fixtures';
import { CLASSIC_DRAFT_KEY } from '@/features/classic-vpn/components/wizard/classic-draft';
import { ClassicWizard } from '@/features/classic-vpn/components/wizard/classic-wizard';
import type { ClassicStepId } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';

const PSK = 'Wizard-Key-42';

function Harness({ onCreated = () => {}, initial }: { onCreated?: () => void; initial?: ClassicStepId }) {
  const [step, setStep] = useState<ClassicStepId | undefined>(initial);
  return <ClassicWizard step={step} onNavigate={setStep} onCreated={onCreated} />;
}

async function heading(step: string) {
  expect(await screen.findByRole('heading', { level: 2, name: new RegExp(`: ${step}$`) }, { timeout: 5000 })).toBeInTheDocument();
}

async function select(user: UserEvent, label: string, option: RegExp) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Steps 1–2 with a new VPN service on vpc-data and a new IKE policy, ending on the networks step. */
async function toNetworks(user: UserEvent) {
  await heading('VPN service');
  await select(user, 'VPC (router)', /^vpc-data/);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await heading('Policies');
  await user.type(screen.getByRole('textbox', { name: 'IKE policy name' }), 'ike-new');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await heading('Networks');
}

/** Steps 1–3 with every dependency new, on vpc-data. */
async function fillDependencies(user: UserEvent, peerCidr = '192.168.77.0/24') {
  await toNetworks(user);
  await user.click(screen.getByRole('checkbox', { name: 'subnet-db (10.2.1.0/24)' }));
  await user.type(screen.getByRole('textbox', { name: 'Customer CIDR 1' }), peerCidr);
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

async function fillConnection(user: UserEvent) {
  await heading('Connection');
  await user.type(screen.getByRole('textbox', { name: 'Remote gateway address' }), '198.51.100.20');
  await user.click(screen.getByRole('button', { name: 'Same as the remote gateway address' }));
  await user.type(screen.getByLabelText(/^Pre-shared key \(PSK\)/), PSK);
  await user.type(screen.getByLabelText(/^Confirm pre-shared key/), PSK);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await heading('Review');
}

afterEach(() => vi.unstubAllGlobals());

describe('ClassicWizard', { timeout: 30_000 }, () => {
  it('creates every new dependency, then the connection with their ids, and keeps no PSK', async () => {
    const user = userEvent.setup({ delay: null });
    const api = stubClassicApi();
    const onCreated = vi.fn();
    await renderWithRouter(<Harness onCreated={onCreated} />);
    await fillDependencies(user);
    await fillConnection(user);
    expect(screen.getByTestId('request-body-connection')).toHaveTextContent('"psk": "•••••• (hidden)"');
    expect(document.body).not.toHaveTextContent(PSK);
    await user.click(screen.getByRole('button', { name: 'Create connection' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(api.sent.map((r) => r.path)).toEqual([
      '/v2.0/vpn/vpnservices',
      '/v2.0/vpn/ikepolicies',
      '/v2.0/vpn/ipsecpolicies',
      '/v2.0/vpn/endpoint-groups',
      '/v2.0/vpn/endpoint-groups',
      '/v2.0/vpn/ipsec-site-connections',
    ]);
    expect(api.sent[0]?.body).toEqual({ vpnservice: { router_id: IDS.rData, admin_state_up: true } });
    expect(api.sent[1]?.body).toMatchObject({ ikepolicy: { name: 'ike-new', ike_version: 'v2', pfs: 'group14', lifetime: { value: 86400 } } });
    expect(api.sent[3]?.body).toEqual({ endpoint_group: { type: 'subnet', endpoints: [IDS.snDb] } });
    const connection = (api.sent[5]?.body as { ipsec_site_connection: Record<string, unknown> }).ipsec_site_connection;
    expect(connection).toMatchObject({ psk: PSK, peer_address: '198.51.100.20', peer_id: '198.51.100.20', initiator: 'bi-directional', dpd: { action: 'hold', interval: 30, timeout: 120 } });
    expect(connection.vpnservice_id).toMatch(/^90000000/);
    expect(connection).not.toHaveProperty('mtu');
    expect(sessionStorage.getItem(CLASSIC_DRAFT_KEY)).toBeNull();
  });

  it('stops at the networks step while a peer CIDR overlaps the chosen local subnet', async () => {
    const user = userEvent.setup({ delay: null });
    stubClassicApi();
    await renderWithRouter(<Harness />);
    await fillDependencies(user, '10.2.0.0/16');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Customer CIDR 1' })).toHaveAccessibleDescription(/10\.2\.0\.0\/16 overlaps the local subnet subnet-db \(10\.2\.1\.0\/24\)/));
    expect(screen.getByRole('heading', { level: 2, name: /Networks$/ })).toBeInTheDocument();
  });

  it('lists every subnet, saying why, when the API does not report which VPC a subnet is in', async () => {
    const user = userEvent.setup({ delay: null });
    stubClassicApi({ plainNeutronSubnets: true });
    await renderWithRouter(<Harness />);
    await toNetworks(user);
    expect(screen.getByRole('checkbox', { name: 'subnet-db (10.2.1.0/24)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /subnet-web/ })).toBeInTheDocument();
    expect(screen.getByText(/does not say which VPC each subnet is in/)).toBeInTheDocument();
  });

  it('keeps what was created when a later create fails, and does not create it again on retry', async () => {
    const user = userEvent.setup({ delay: null });
    let failures = 1;
    const api = stubClassicApi({
      fail: (method, path) => (method === 'POST' && path === '/v2.0/vpn/ipsecpolicies' && failures-- > 0 ? neutronError(500, 'HTTPInternalServerError', 'simulated outage') : undefined),
    });
    await renderWithRouter(<Harness />);
    await fillDependencies(user);
    await fillConnection(user);
    await user.click(screen.getByRole('button', { name: 'Create connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Creating the IPsec policy failed');
    expect(alert).toHaveTextContent(/Already created and now selected.*: VPN service .*, IKE policy ike-new/);
    expect(within(alert).getByText('simulated outage')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create connection' }));
    await waitFor(() => expect(api.sent.at(-1)?.path).toBe('/v2.0/vpn/ipsec-site-connections'));
    expect(api.sent.filter((r) => r.path === '/v2.0/vpn/vpnservices')).toHaveLength(1);
    expect(api.sent.filter((r) => r.path === '/v2.0/vpn/ikepolicies')).toHaveLength(1);
  });

  it('restores a draft without the PSK and flags a forbidden PSK character as it is typed', async () => {
    const user = userEvent.setup({ delay: null });
    stubClassicApi();
    const picked = (id: string) => ({ mode: 'existing', id });
    sessionStorage.setItem(
      CLASSIC_DRAFT_KEY,
      JSON.stringify({ step: 'connection', values: { service: picked(IDS.svcWeb), ike: picked(IDS.ikeHq), ipsec: picked(IDS.ipsecHq), local: picked(IDS.egLocal), peer: picked(IDS.egPeer), name: 'restored' } }),
    );
    await renderWithRouter(<Harness />);
    await heading('Connection');
    expect(screen.getByText('Your unfinished classic connection was restored')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Connection name' })).toHaveValue('restored');
    await user.type(screen.getByLabelText(/^Pre-shared key \(PSK\)/), 'abc*');
    expect(screen.getByTestId('psk-live-problem')).toHaveTextContent('“*” cannot be used in a classic VPN key; remove it.');
    expect(sessionStorage.getItem(CLASSIC_DRAFT_KEY)).not.toContain('abc');
  });

  it('asks before leaving with entries, and stays when asked to', async () => {
    const user = userEvent.setup({ delay: null });
    stubClassicApi();
    const { router } = await renderWithRouter(<Harness />, { path: '/classic-vpn/connections/create' });
    await heading('VPN service');
    await select(user, 'VPC (router)', /^vpc-data/);
    void router.navigate({ to: '/classic-vpn' });
    expect(await screen.findByText('Leave the classic connection wizard?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay in the wizard' }));
    await waitFor(() => expect(screen.queryByText('Leave the classic connection wizard?')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/classic-vpn/connections/create');
  });
});
