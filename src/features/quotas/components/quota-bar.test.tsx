import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuotaBar } from '@/features/quotas/components/quota-bar';
import { quotaBlockReason } from '@/features/quotas/components/quota-text';
import { renderWithProviders } from '@/testing/render';

describe('QuotaBar', () => {
  it('says how much of the quota is used and left, as text and as a labelled bar', () => {
    renderWithProviders(<QuotaBar type="vpn_gateway" usage={{ quota: 50, used: 6 }} />);
    expect(screen.getByText('Quota: 6 of 50 VPN gateways used')).toBeInTheDocument();
    expect(screen.getByText('44 left')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Quota: 6 of 50 VPN gateways used' })).toHaveAttribute('aria-valuenow', '12');
  });

  it('says "none left" when the quota is used up', () => {
    renderWithProviders(<QuotaBar type="customer_gateway" usage={{ quota: 7, used: 7 }} />);
    expect(screen.getByText('none left')).toBeInTheDocument();
  });

  it('says so when the quota could not be read, without blocking the page', () => {
    renderWithProviders(<QuotaBar type="vpn_connection" usage={undefined} failed />);
    expect(screen.getByText('The quota for VPN connections could not be read.')).toBeInTheDocument();
  });
});

describe('quotaBlockReason', () => {
  it.each([
    [{ quota: 50, used: 49 }, undefined],
    [undefined, undefined],
    [{ quota: 50, used: 50 }, 'The project has reached its quota of 50 VPN gateways (50 in use). Delete one you no longer need, or ask for a higher quota.'],
  ])('%j → %s', (usage, reason) => {
    expect(quotaBlockReason('vpn_gateway', usage)).toBe(reason);
  });
});
