import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeChanges } from '@/features/vpn-connections/components/connection-edit/change-review';
import { ChangeReviewPanel } from '@/features/vpn-connections/components/connection-edit/change-review-panel';
import { renderWithProviders } from '@/testing/render';

const connection = {
  id: 'c1',
  name: 'site-a',
  status: 'ACTIVE' as const,
  vgw_id: 'gw',
  vgw_ip: 'ip',
  style: 'BGP' as const,
  cgw_id: 'cgw-1',
  peer_subnets: ['10.1.0.0/16'],
  tunnel_local_address: '169.254.1.1/30',
  tunnel_peer_address: '169.254.1.2/30',
  enable_hub: false,
  ikepolicy: { ike_version: 'v2', dpd: { timeout: 15, interval: 30, msg: 'seq-hash-notify' } },
};

describe('ChangeReviewPanel', () => {
  it('shows each change old → new with its effect, and lists what interrupts traffic', () => {
    const lines = describeChanges(connection, {
      enable_hub: true,
      tunnel_local_address: '169.254.9.1/30',
      tunnel_peer_address: '169.254.9.2/30',
      ikepolicy: { dpd: { interval: 60 } },
    });
    renderWithProviders(<ChangeReviewPanel lines={lines} />);
    const table = screen.getByRole('table', { name: 'Changes to save' });
    const row = (label: string) => within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
    expect(row('Branch interconnection')).toHaveTextContent('DisabledEnabledNo interruption');
    expect(row('Tunnel interface addresses')).toHaveTextContent('169.254.1.1/30 / 169.254.1.2/30169.254.9.1/30 / 169.254.9.2/30Interrupts traffic');
    expect(row('DPD interval (s)')).toHaveTextContent('3060No interruption');
    const alert = screen.getByTestId('disruptive-changes');
    expect(alert).toHaveTextContent('These changes interrupt traffic');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when nothing interrupts traffic', () => {
    renderWithProviders(<ChangeReviewPanel lines={describeChanges(connection, { name: 'site-b' })} />);
    expect(screen.getByText('None of these changes interrupts traffic right away.')).toBeInTheDocument();
    expect(screen.queryByTestId('disruptive-changes')).not.toBeInTheDocument();
  });
});
