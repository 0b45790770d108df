import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionSettingsForm } from '@/features/settings/components/connection-settings-form';
import { getConnectionSettings, resetConnectionSettings } from '@/lib/connection-settings';
import { renderWithProviders } from '@/testing/render';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  resetConnectionSettings();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

async function fill(label: RegExp, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
}

describe('ConnectionSettingsForm', () => {
  it('explains invalid values beside the fields and saves nothing', async () => {
    renderWithProviders(<ConnectionSettingsForm />);
    await fill(/API base URL/, 'vpn.example.com');
    await fill(/Project ID/, 'bad id');
    await fill(/Token/, ' ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText(/API base URL/)).toHaveAccessibleDescription(/Enter an http:\/\/ or https:\/\/ URL/);
    expect(screen.getByLabelText(/Project ID/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/only letters, digits, "_" and "-"/)).toBeInTheDocument();
    expect(screen.getByText(/Enter an IAM token/)).toBeInTheDocument();
    expect(getConnectionSettings().apiBase).toBe('');
  });

  it('saves base and project for the app, keeping the token out of localStorage', async () => {
    renderWithProviders(<ConnectionSettingsForm />);
    await fill(/API base URL/, 'http://127.0.0.1:8095/');
    await fill(/Project ID/, 'proj-2');
    await fill(/Token/, 'my-secret');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved. Every page now uses them.')).toBeInTheDocument();
    expect(getConnectionSettings()).toEqual({ apiBase: 'http://127.0.0.1:8095', projectId: 'proj-2', token: 'my-secret' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('my-secret');
    expect(JSON.stringify({ ...sessionStorage })).toContain('my-secret');

    await userEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByLabelText(/API base URL/)).toHaveValue('');
    expect(getConnectionSettings().projectId).toBe('0a1b2c3d4e5f60718293a4b5c6d7e8f9');
  });

  it('tests the typed (unsaved) settings and reports success or the error in words', async () => {
    renderWithProviders(<ConnectionSettingsForm />);
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ vpn_connections: [], total_count: 3, request_id: 'req-7' }), { status: 200 }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/The project has 3 VPN connections\. Request ID req-7\./)).toBeInTheDocument();

    await fill(/API base URL/, 'http://127.0.0.1:9');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Cannot reach the API')).toBeInTheDocument();
    expect(
      screen.getByText('Cannot reach the API at http://127.0.0.1:9: Failed to fetch. Check the API base URL in Settings.'),
    ).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[1]![0])).toMatch(/^http:\/\/127\.0\.0\.1:9\/v5\//);
    expect(getConnectionSettings().apiBase).toBe('');
  });
});
