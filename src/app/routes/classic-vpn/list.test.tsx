import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassicVpnListRoute } from '@/app/routes/classic-vpn/list';
import { classicLabConnection, neutronError, stubClassicApi } from '@/features/classic-vpn/components/classic-test-fixtures';
import { renderWithRouter } from '@/testing/render';

const exportButton = (n: number) => screen.getByRole('button', { name: `Export ${n} selected as code` });

async function renderList(options: Parameters<typeof stubClassicApi>[0] = {}) {
  const api = stubClassicApi(options);
  api.db.ipsec_site_connections.push(classicLabConnection());
  await renderWithRouter(<ClassicVpnListRoute />, { path: '/classic-vpn' });
  await screen.findByRole('checkbox', { name: 'Select classic-lab' }, { timeout: 5000 });
}

describe('Classic VPN list: export the selection as code', () => {
  // The download goes through a Blob URL and a clicked link; keep the blobs and file names instead of navigating.
  const downloaded: Blob[] = [];
  const filenames: string[] = [];
  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => (downloaded.push(b), 'blob:x')), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      filenames.push(this.download);
    });
  });
  afterEach(() => {
    downloaded.length = 0;
    filenames.length = 0;
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('exports the two selected connections as JSON create bodies with their policies and no pre-shared key', async () => {
    await renderList();
    expect(screen.queryByRole('button', { name: /selected as code/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select classic-hq' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select classic-lab' }));
    await waitFor(() => expect(exportButton(2)).not.toHaveAttribute('aria-disabled'));
    expect(exportButton(2)).toBeEnabled();

    await userEvent.click(exportButton(2));
    await userEvent.click(await screen.findByRole('menuitem', { name: /JSON/ }));
    expect(filenames).toEqual(['ipsec-site-connections-2.json']);
    const text = (await downloaded[0]?.text()) ?? '';
    const bodies = JSON.parse(text) as { ipsec_site_connection: { name: string }; ikepolicy: { name: string } }[];
    expect(bodies.map((b) => [b.ipsec_site_connection.name, b.ikepolicy.name])).toEqual([
      ['classic-hq', 'ike-hq-v2'],
      ['classic-lab', 'ike-v1-legacy'],
    ]);
    expect(text).not.toMatch(/psk/i);
    expect(text).not.toContain('Secret-Key');
  });

  it('keeps the export disabled, with the reason, when a policy list the selection needs failed to load', async () => {
    await renderList({ fail: (method, path) => (method === 'GET' && path === '/v2.0/vpn/ipsecpolicies' ? neutronError(500, 'HTTPInternalServerError', 'boom') : undefined) });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select classic-hq' }));
    await waitFor(() => expect(exportButton(1)).toHaveAccessibleDescription(/^The IPsec policies could not be loaded/));
    expect(exportButton(1)).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(exportButton(1));
    expect(screen.queryByRole('menuitem', { name: /JSON/ })).not.toBeInTheDocument();
    expect(downloaded).toHaveLength(0);
  });
});
