import { defaultConnectionFormValues, type ConnectionFormValues } from '@contract/connection-form';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithRouter } from '@/testing/render';
import { saveDraft } from '@/features/vpn-connections/components/connection-wizard/draft-store';
import {
  testCustomerGateways,
  testGateways,
  WizardHarness,
} from '@/features/vpn-connections/components/connection-wizard/wizard-test-harness';
import type { StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

// Each cross-field rule shows on the field the admin has to change. A draft puts the wizard on the step.

const [fra] = testGateways;
const [hq, vienna] = testCustomerGateways;

async function openAt(step: StepId, overrides: Partial<ConnectionFormValues>) {
  saveDraft(
    {
      ...defaultConnectionFormValues(overrides.style),
      vgw_id: fra?.id ?? '',
      vgw_ip: fra?.eip1?.id ?? '',
      cgw_id: hq?.id ?? '',
      peer_subnets: ['192.168.44.0/24'],
      ...overrides,
    },
    step,
  );
  const user = userEvent.setup({ delay: null });
  await renderWithRouter(<WizardHarness />, { path: '/vpn-connections/create' });
  await screen.findByRole('heading', { level: 2, name: new RegExp(`: ${step}$`, 'i') });
  return user;
}

const next = () => screen.getByRole('button', { name: 'Next' });

// jsdom renders the security step's dozen Selects slowly; typing there can exceed the 5 s default.
describe('cross-field rules in the wizard', { timeout: 20_000 }, () => {
  it('tunnel pair: the local address proposes the peer; a peer in another /30 is refused on the peer field', async () => {
    const user = await openAt('networking', { style: 'static', tunnel_mode: 'manual' });
    await user.type(screen.getByRole('textbox', { name: /^Local tunnel address/ }), '169.254.1.1/30');
    const peer = screen.getByRole('textbox', { name: /^Customer tunnel address/ });
    expect(peer).toHaveValue('169.254.1.2/30');
    await user.clear(peer);
    await user.type(peer, '169.254.2.2/30');
    await user.tab();
    await waitFor(() =>
      expect(peer).toHaveAccessibleDescription(/must be in the same \/30 as the local one \(169\.254\.1\.0\/30\), e\.g\. 169\.254\.1\.2\/30/),
    );
    await user.click(next());
    expect(screen.getByTestId('search')).toHaveTextContent('static/networking');
  });

  it('duplicate sources: the later rule’s source is refused and focused on Next', async () => {
    const rule = { source: '10.0.0.0/24', destination: ['192.168.44.0/24'] };
    const user = await openAt('networking', { style: 'policy', policy_rules: [rule, { ...rule, destination: ['192.168.45.0/24'] }] });
    expect(screen.getByText('2 of 5 rules', { exact: false })).toBeInTheDocument();
    await user.click(next());
    const second = screen.getByRole('textbox', { name: /^Rule 2 source/ });
    await waitFor(() => expect(second).toHaveFocus());
    expect(second).toHaveAccessibleDescription(/Rule 2 has the same source as rule 1 \(10\.0\.0\.0\/24\); each rule needs its own source/);
    expect(screen.getByRole('textbox', { name: /^Rule 1 source/ })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('GCM with IKEv1: offered only with IKEv2, and refused on the cipher when the version changes', async () => {
    const user = await openAt('security', {});
    const ikeCipher = screen.getAllByRole('combobox', { name: /^Encryption algorithm/ })[0] as HTMLElement;
    await user.click(ikeCipher);
    await user.click(await screen.findByRole('option', { name: /^aes-256-gcm-16/ }));
    await user.click(screen.getByRole('radio', { name: 'IKEv1' }));
    await waitFor(() => expect(ikeCipher).toHaveAccessibleDescription(/aes-256-gcm-16 \(GCM\) works only with IKEv2; choose IKE version v2/));
    await user.click(ikeCipher);
    expect(await screen.findByRole('option', { name: /^aes-128-gcm-16 — needs IKEv2/ })).toHaveAttribute('data-combobox-disabled', 'true');
    expect(screen.getByRole('radio', { name: /^Main/ })).toBeInTheDocument();
  });

  it('ASN clash: a BGP customer gateway with the VPN gateway’s ASN is refused on the customer gateway', async () => {
    const user = await openAt('gateways', { style: 'bgp', cgw_id: '' });
    const cgw = screen.getByRole('combobox', { name: /^Customer gateway/ });
    expect(cgw).toHaveAccessibleDescription(/It must differ from the VPN gateway's ASN 64512\./);
    await user.click(cgw);
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${vienna?.name ?? ''}`) }));
    await waitFor(() => expect(cgw).toHaveAccessibleDescription(/has BGP ASN 64512, the same as VPN gateway vpngw-fra-core/));
    await user.click(next());
    expect(screen.getByTestId('search')).toHaveTextContent('bgp/gateways');
  });

  it('PSK confirmation: a different confirmation is refused on the confirmation and clears when the key matches', async () => {
    const user = await openAt('security', {});
    const psk = screen.getByLabelText(/^Pre-shared key \(PSK\)/);
    const confirm = screen.getByLabelText(/^Confirm pre-shared key/);
    await user.type(psk, 'Abcd1234!y');
    await user.type(confirm, 'Abcd1234!x');
    await user.tab();
    await waitFor(() => expect(confirm).toHaveAccessibleDescription(/The two pre-shared keys differ/));
    expect(psk).not.toHaveAttribute('aria-invalid', 'true');
    await user.clear(psk);
    await user.type(psk, 'Abcd1234!x');
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-invalid', 'true'));
  });
});

describe('hints and the PSK generator in the wizard', { timeout: 20_000 }, () => {
  it('ticks the checklist while typing and generates a key that passes every rule into both fields', async () => {
    const user = await openAt('security', {});
    const psk = screen.getByLabelText(/^Pre-shared key \(PSK\)/);
    await user.type(psk, 'abc');
    const items = screen.getByRole('list', { name: 'Pre-shared key rules' });
    expect(items).toHaveTextContent('(1 of 4 so far)');
    await user.click(screen.getByRole('button', { name: 'Generate a strong key' }));
    const generated = (psk as HTMLInputElement).value;
    expect(generated).toHaveLength(32);
    expect(screen.getByLabelText(/^Confirm pre-shared key/)).toHaveValue(generated);
    expect(psk).toHaveAttribute('type', 'text');
    expect(items.querySelectorAll('[data-ok="true"]')).toHaveLength(3);
  });
});
