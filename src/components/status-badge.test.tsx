import { CONNECTION_STATUSES } from '@contract/status';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { presentStatus } from '@/components/status-presentation';
import { StatusBadge } from '@/components/status-badge';
import { renderWithProviders } from '@/testing/render';

describe('StatusBadge', () => {
  it.each([
    ['ACTIVE', 'Active'],
    ['DOWN', 'Not connected'],
    ['ERROR', 'Error'],
    ['PENDING_CREATE', 'Creating'],
    ['PENDING_UPDATE', 'Updating'],
    ['PENDING_DELETE', 'Deleting'],
    ['FREEZED', 'Frozen'],
    ['UNKNOWN', 'Unknown'],
  ])('shows %s as "%s"', (status, label) => {
    renderWithProviders(<StatusBadge status={status} />);
    expect(screen.getByTestId('status-badge')).toHaveTextContent(label);
  });

  it('gives every connection status a one-line explanation', () => {
    for (const status of CONNECTION_STATUSES) {
      const { explanation } = presentStatus(status);
      expect(explanation.length).toBeGreaterThan(20);
      expect(explanation).not.toContain('\n');
    }
  });

  it('exposes the explanation to screen readers and shows it on keyboard focus', async () => {
    renderWithProviders(<StatusBadge status="DOWN" />);
    const badge = screen.getByTestId('status-badge');
    expect(badge).toHaveAccessibleDescription(/normal until the customer device is configured and sends traffic/);
    await userEvent.tab();
    expect(badge).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Not connected yet: normal until/);
  });

  it('shows an unknown API value as it is', () => {
    renderWithProviders(<StatusBadge status="REBOOTING" />);
    expect(screen.getByTestId('status-badge')).toHaveTextContent('REBOOTING');
  });
});
