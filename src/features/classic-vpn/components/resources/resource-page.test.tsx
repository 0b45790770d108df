import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '@/testing/render';
import { IDS, stubClassicApi } from '@/features/classic-vpn/components/classic-test-fixtures';
import { IkePoliciesPage } from '@/features/classic-vpn/components/resources/classic-resource-pages';

afterEach(() => vi.unstubAllGlobals());

describe('IKE policies page', { timeout: 20_000 }, () => {
  it('names the connections using a policy and refuses to delete it, with the reason', async () => {
    const user = userEvent.setup({ delay: null });
    const api = stubClassicApi();
    await renderWithRouter(<IkePoliciesPage />);
    const row = (await screen.findByRole('rowheader', { name: 'ike-hq-v2' }, { timeout: 5000 })).closest('tr') as HTMLElement;
    expect(await within(row).findByRole('link', { name: 'classic-hq' }, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete IKE policy ike-hq-v2' }));
    const dialog = await screen.findByRole('dialog', { name: 'IKE policy ike-hq-v2 cannot be deleted' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('It is used by this connection; OTC refuses to delete it while they exist.');
    expect(within(dialog).queryByRole('button', { name: 'Delete' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: 'Edit IKE policy ike-hq-v2' }));
    expect(await screen.findByRole('dialog', { name: 'IKE policy ike-hq-v2 cannot be changed' })).toBeInTheDocument();
    expect(api.sent).toEqual([]);
  });

  it('deletes an unused policy after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const api = stubClassicApi();
    await renderWithRouter(<IkePoliciesPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete IKE policy ike-v1-legacy' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete IKE policy ike-v1-legacy?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.sent).toEqual([{ method: 'DELETE', path: `/v2.0/vpn/ikepolicies/${IDS.ikeLegacy}`, body: undefined }]));
  });

  it('creates a policy with the classic defaults', async () => {
    const user = userEvent.setup({ delay: null });
    const api = stubClassicApi();
    await renderWithRouter(<IkePoliciesPage />);
    await user.click(await screen.findByRole('button', { name: 'Create IKE policy' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Create IKE policy' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'ike-branch');
    await user.click(within(dialog).getByRole('button', { name: 'Create IKE policy' }));
    await waitFor(() => expect(api.sent).toHaveLength(1));
    expect(api.sent[0]?.body).toEqual({
      ikepolicy: { name: 'ike-branch', ike_version: 'v2', auth_algorithm: 'sha2-256', encryption_algorithm: 'aes-128', pfs: 'group14', phase1_negotiation_mode: 'main', lifetime: { units: 'seconds', value: 86400 } },
    });
  });
});
