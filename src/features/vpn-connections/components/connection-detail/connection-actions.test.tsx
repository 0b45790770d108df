import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectionActions } from '@/features/vpn-connections/components/connection-detail/connection-actions';
import { renderWithRouter } from '@/testing/render';

const connection = (status: string) => ({
  id: 'c1',
  name: 'site-a',
  status: status as 'ACTIVE',
  vgw_id: 'gw',
  vgw_ip: 'ip',
  style: 'STATIC' as const,
  cgw_id: 'cgw',
});

describe('detail actions gated by status', () => {
  it('offers Edit as a link and Delete as a button when settled', async () => {
    await renderWithRouter(<ConnectionActions connection={connection('ACTIVE')} onDelete={() => {}} />);
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/vpn-connections/c1/edit');
    expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled();
    expect(screen.queryByText(/is unavailable/)).not.toBeInTheDocument();
  });

  it('disables Edit while PENDING_UPDATE and says why, instead of hiding it', async () => {
    await renderWithRouter(<ConnectionActions connection={connection('PENDING_UPDATE')} onDelete={() => {}} />);
    const edit = screen.getByRole('button', { name: 'Edit' });
    expect(edit).toBeDisabled();
    expect(edit).toHaveAccessibleDescription(/Edit is unavailable: A change is being applied right now/);
    expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled();
  });

  it('disables both for a frozen connection, each with its reason', async () => {
    await renderWithRouter(<ConnectionActions connection={connection('FREEZED')} onDelete={() => {}} />);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(/Frozen connections cannot be deleted/);
  });
});
