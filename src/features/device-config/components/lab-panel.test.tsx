import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabPanel } from '@/features/device-config/components/lab-panel';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { renderWithProviders } from '@/testing/render';

const ID = '7d3c1b0e-2f4a-4c5d-8e9f-0a1b2c3d4e01';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const entry = (over: object = {}) => ({ project_id: 'p', id: ID, phase: 'settled', status: 'ACTIVE', reason: null, mistake: 'none', settle_ms: 312, ...over });

afterEach(() => {
  vi.unstubAllGlobals();
  resetConnectionSettings();
});

describe('Live IPsec lab panel', () => {
  it('shows the real result and applies a simulated mistake', async () => {
    let current = entry();
    const posted: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.endsWith('/mistake')) {
        posted.push(JSON.parse(String(init?.body)));
        current = entry({ status: 'DOWN', mistake: 'wrong-psk', reason: 'Authentication failed (AUTHENTICATION_FAILED): the pre-shared keys differ.' });
        return json(current);
      }
      return json({ enabled: true, connections: [current] });
    }));
    const onChanged = vi.fn();
    renderWithProviders(<LabPanel connectionId={ID} onChanged={onChanged} />);
    expect(await screen.findByTestId('lab-status')).toHaveTextContent('ACTIVE');
    await userEvent.click(screen.getByRole('combobox', { name: 'Simulate a customer-side mistake' }));
    await userEvent.click(screen.getByRole('option', { name: /Wrong pre-shared key/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply and renegotiate' }));
    expect(await screen.findByTestId('lab-reason')).toHaveTextContent(/AUTHENTICATION_FAILED/);
    expect(posted).toEqual([{ mistake: 'wrong-psk' }]);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('tells the page when the real negotiation settles, so the connection status follows without waiting for a poll', async () => {
    let current = entry({ phase: 'negotiating', status: null, settle_ms: null });
    vi.stubGlobal('fetch', vi.fn(async () => json({ enabled: true, connections: [current] })));
    const onChanged = vi.fn();
    renderWithProviders(<LabPanel connectionId={ID} onChanged={onChanged} />);
    expect(await screen.findByTestId('lab-status')).toHaveTextContent('negotiating…');
    expect(onChanged).not.toHaveBeenCalled();
    current = entry();
    // The panel polls every second while the pair negotiates.
    expect(await screen.findByText('ACTIVE', {}, { timeout: 3000 })).toBeInTheDocument();
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('shows nothing when the server has no lab', async () => {
    const fetchMock = vi.fn(async () => json({ error_code: 'VPN.0004', error_msg: 'not found' }, 404));
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<LabPanel connectionId={ID} />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(screen.queryByText('Live IPsec lab')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Apply and renegotiate' })).toBeNull();
  });
});
