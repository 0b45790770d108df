import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '@/testing/render';
import { IDS, stubClassicApi } from '@/features/classic-vpn/components/classic-test-fixtures';
import { ClassicConnectionDetail } from '@/features/classic-vpn/components/connection-detail';

afterEach(() => vi.unstubAllGlobals());

describe('ClassicConnectionDetail', () => {
  it('shows the five linked objects with their contents and never the PSK the API returned', async () => {
    stubClassicApi();
    await renderWithRouter(<ClassicConnectionDetail id={IDS.connHq} onDeleted={() => {}} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'classic-hq' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'VPN service: vpnsvc-web' }, { timeout: 5000 })).toHaveTextContent('vpc-web-prod');
    expect(screen.getByRole('region', { name: 'IKE policy: ike-hq-v2' })).toHaveTextContent('86400 s (24 h)');
    expect(screen.getByRole('region', { name: 'IPsec policy: ipsec-hq' })).toHaveTextContent('ESP');
    expect(screen.getByRole('region', { name: 'Local endpoint group: local-web' })).toHaveTextContent('subnet-web-a (10.1.1.0/24)');
    expect(screen.getByRole('region', { name: 'Peer endpoint group: peer-hq' })).toHaveTextContent('192.168.10.0/24');
    expect(screen.getByText('Keep the SAs and wait for the peer to come back (default)')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Seed-Secret-Key');
  });
});
