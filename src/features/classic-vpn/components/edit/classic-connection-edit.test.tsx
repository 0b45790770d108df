import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { IDS, stubClassicApi } from '@/features/classic-vpn/components/classic-test-fixtures';
import { ClassicConnectionEdit } from '@/features/classic-vpn/components/edit/classic-connection-edit';

afterEach(() => vi.unstubAllGlobals());

describe('ClassicConnectionEdit', { timeout: 20_000 }, () => {
  it('never prefills the PSK and offers no MTU, admin state or description', async () => {
    stubClassicApi();
    renderWithProviders(<ClassicConnectionEdit id={IDS.connHq} onSaved={() => {}} onCancel={() => {}} />);
    expect(await screen.findByRole('textbox', { name: 'Connection name' }, { timeout: 5000 })).toHaveValue('classic-hq');
    expect(screen.getByLabelText(/^New pre-shared key/)).toHaveValue('');
    expect(document.body).not.toHaveTextContent('Seed-Secret-Key');
    expect(screen.queryByRole('textbox', { name: /MTU|description/i })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /admin/i })).toBeNull();
  });

  it('reviews old → new and sends only the changed fields', async () => {
    const user = userEvent.setup({ delay: null });
    const api = stubClassicApi();
    const onSaved = vi.fn();
    renderWithProviders(<ClassicConnectionEdit id={IDS.connHq} onSaved={onSaved} onCancel={() => {}} />);
    const address = await screen.findByRole('textbox', { name: 'Remote gateway address' }, { timeout: 5000 });
    await user.clear(address);
    await user.type(address, 'vpn.branch.example.com');
    await user.click(screen.getByRole('radio', { name: 'restart' }));
    await user.click(screen.getByRole('button', { name: 'Review changes' }));

    const changes = await screen.findByRole('table', { name: 'Changes to the connection' });
    expect(changes).toHaveTextContent('Remote gateway203.0.113.10vpn.branch.example.com');
    expect(changes).toHaveTextContent('Dead peer detectionhold, every 30 s, timeout 120 srestart, every 30 s, timeout 120 s');
    const body = { ipsec_site_connection: { peer_address: 'vpn.branch.example.com', dpd: { action: 'restart', interval: 30, timeout: 120 } } };
    expect(JSON.parse(screen.getByTestId('put-body').textContent ?? '')).toEqual(body);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(api.sent).toEqual([{ method: 'PUT', path: `/v2.0/vpn/ipsec-site-connections/${IDS.connHq}`, body }]);
  });

  it('says when nothing changed, and checks a new PSK against the classic rules', async () => {
    const user = userEvent.setup({ delay: null });
    stubClassicApi();
    renderWithProviders(<ClassicConnectionEdit id={IDS.connHq} onSaved={() => {}} onCancel={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Review changes' }, { timeout: 5000 }));
    expect(await screen.findByText('Nothing has changed yet: edit a field, then review.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^New pre-shared key/), 'new key');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(await screen.findByText(/The pre-shared key contains " ", which classic VPN does not allow/)).toBeInTheDocument();
    expect(screen.getByText('Type the pre-shared key again to confirm it')).toBeInTheDocument();
  });
});
