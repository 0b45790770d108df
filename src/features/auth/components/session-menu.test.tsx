import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionMenu, timeLeft } from '@/features/auth/components/session-menu';
import { endAuthSession, getAuthSession, startAuthSession } from '@/lib/auth-session';
import { getConnectionSettings, resetConnectionSettings } from '@/lib/connection-settings';
import { renderWithProviders } from '@/testing/render';

beforeEach(() => {
  resetConnectionSettings();
  endAuthSession();
});

const inHours = (h: number) => new Date(Date.now() + h * 3600_000 + 60_000).toISOString();

describe('SessionMenu', () => {
  it('renders nothing when nobody is signed in', () => {
    renderWithProviders(<SessionMenu onSignOut={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(screen.queryByTestId('session-expiry')).toBeNull();
  });

  it('shows who is signed in and when the token expires; sign-out forgets the token after leaving the page', async () => {
    startAuthSession('MIItoken-to-forget-0123', {
      method: 'password',
      expiresAt: inHours(23),
      projectId: 'f00dfeedf00dfeedf00dfeedf00dfeed',
      projectName: 'eu-de',
      userName: 'alice',
      domainName: 'ACME',
    });
    const order: string[] = [];
    const onSignOut = vi.fn(() => {
      order.push(`leave while token=${getConnectionSettings().token}`);
    });
    renderWithProviders(<SessionMenu onSignOut={onSignOut} />);
    expect(screen.getByTestId('session-expiry')).toHaveTextContent(/alice · expires .* \(in 23 h\)/);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(getAuthSession()).toBeNull());
    expect(order).toEqual(['leave while token=MIItoken-to-forget-0123']);
    expect(getConnectionSettings().token).toBe('demo-token');
    expect(sessionStorage.length).toBe(0);
  });
});

describe('timeLeft', () => {
  it.each([
    [3 * 3600_000 + 5, 'in 3 h'],
    [90 * 60_000, 'in 90 min'],
    [30_000, 'in less than a minute'],
    [0, 'expired'],
    [-5, 'expired'],
  ])('%d ms → %s', (ms, text) => {
    expect(timeLeft(new Date(1_000_000 + ms).toISOString(), 1_000_000)).toBe(text);
  });
});
