import { v5JsonExport } from '@contract/device-config/api-json';
import { goldenBgp, goldenStatic } from '@contract/device-config/golden-fixtures';
import { parseConnectionImport } from '@contract/device-config/import-json';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportConnectionJson } from '@/features/device-config/components/import-connection-json';
import { renderWithProviders } from '@/testing/render';

async function paste(text: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Import JSON' }));
  fireEvent.change(screen.getByLabelText('Or paste the JSON'), { target: { value: text } });
}

describe('Import JSON to clone a connection', () => {
  it('hands the wizard the chosen connection of a selection, without PSK and customer gateway', async () => {
    const onImport = vi.fn();
    renderWithProviders(<ImportConnectionJson parse={parseConnectionImport} onImport={onImport} />);
    await paste(v5JsonExport([goldenStatic, goldenBgp]).text);
    await userEvent.click(screen.getByRole('radio', { name: 'vpn-1655 (bgp)' }));
    expect(screen.getByText(/Choose the customer gateway of the new site/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open in the wizard' }));
    const [values] = onImport.mock.calls[0] as [Record<string, unknown>];
    expect(values).toMatchObject({ style: 'bgp', name: 'vpn-1655-copy', cgw_id: '', psk: '', psk_confirm: '' });
  });

  it('says why a text cannot be imported and keeps the button off', async () => {
    renderWithProviders(<ImportConnectionJson parse={parseConnectionImport} onImport={vi.fn()} />);
    await paste('{"hello": 1}');
    expect(screen.getByText(/No VPN connection found/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open in the wizard' })).toBeDisabled();
  });
});
