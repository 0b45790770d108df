import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClassicConnectionList } from '@/features/classic-vpn/components/classic-connection-list';
import type { ClassicExportSelection } from '@/features/classic-vpn/components/classic-export-selection';
import { classicLabConnection, neutronError, stubClassicApi } from '@/features/classic-vpn/components/classic-test-fixtures';
import { renderWithRouter } from '@/testing/render';

afterEach(() => vi.unstubAllGlobals());

// Stands in for the route's export menu: shows what the list hands to the selection's actions.
const showSelection = (s: ClassicExportSelection) => <output aria-label="Selection">{s.inputs ? `${s.count}: ${s.inputs.map((i) => `${i.connection.name}/${i.ikePolicy.name}`).join(', ')}` : `${s.count}: ${s.reason}`}</output>;

async function renderList(options: Parameters<typeof stubClassicApi>[0] = {}) {
  const api = stubClassicApi(options);
  api.db.ipsec_site_connections.push(classicLabConnection());
  await renderWithRouter(<ClassicConnectionList selectionActions={showSelection} />);
  await screen.findByRole('checkbox', { name: 'Select classic-lab' }, { timeout: 5000 });
}

describe('ClassicConnectionList selection', () => {
  it('selects rows by their named checkboxes and hands over each with its own policies', async () => {
    await renderList();
    expect(screen.queryByRole('status', { name: 'Selection' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select classic-hq' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select classic-lab' }));
    expect(screen.getByText('2 connections selected')).toBeInTheDocument();
    expect(await screen.findByText('2: classic-hq/ike-hq-v2, classic-lab/ike-v1-legacy')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select all classic connections shown' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByRole('checkbox', { name: 'Select classic-hq' })).not.toBeChecked();
    expect(screen.queryByText(/connections? selected/)).not.toBeInTheDocument();
  });

  it('selects every row from the header and shows a partial selection as mixed', async () => {
    await renderList();
    const all = screen.getByRole('checkbox', { name: 'Select all classic connections shown' });
    await userEvent.click(all);
    expect(screen.getByRole('checkbox', { name: 'Select classic-hq' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select classic-lab' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select classic-lab' }));
    expect(all).toHaveAttribute('data-indeterminate', 'true');
    expect(screen.getByText('1 connection selected')).toBeInTheDocument();
  });

  it('gives a reason instead of export inputs when the IKE policies could not be loaded', async () => {
    await renderList({ fail: (method, path) => (method === 'GET' && path === '/v2.0/vpn/ikepolicies' ? neutronError(500, 'HTTPInternalServerError', 'boom') : undefined) });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select classic-hq' }));
    expect(await screen.findByText(/^1: The IKE policies could not be loaded/)).toBeInTheDocument();
  });
});
