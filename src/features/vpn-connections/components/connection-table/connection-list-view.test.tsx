import type { VpnConnection } from '@contract/vpn-connection';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentType } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionListViewProps } from '@/features/vpn-connections/components/connection-table/connection-list-view';
import type { ConnectionListSearch } from '@/features/vpn-connections/components/connection-table/list-view';
import { renderWithRouter } from '@/testing/render';

// The render counter reads its switch (RENDER_COUNTER_KEY in lib/render-counter) when first imported, so the
// switch is set by its value and the view is imported only afterwards.
let View: ComponentType<ConnectionListViewProps>;
beforeAll(async () => {
  localStorage.setItem('otc-vpn-console.debug-renders', '1');
  ({ ConnectionListView: View } = await import('@/features/vpn-connections/components/connection-table/connection-list-view'));
});

const conn = (name: string, vgw: string, cgw: string, status: string, created: string): VpnConnection => ({
  id: `id-${name}`,
  name,
  status: status as VpnConnection['status'],
  vgw_id: vgw,
  vgw_ip: `${vgw}-eip-${name}`,
  style: 'STATIC',
  cgw_id: cgw,
  peer_subnets: [`192.168.${name.length}.0/24`],
  created_at: created,
});

const data = [
  conn('alpha-1', 'gw', 'cgw-a', 'ACTIVE', '2025-01-01T00:00:01.000Z'),
  conn('zulu', 'gw', 'cgw-z', 'ACTIVE', '2025-01-01T00:00:02.000Z'),
  conn('alpha-2', 'gw', 'cgw-a', 'DOWN', '2025-01-01T00:00:03.000Z'),
  conn('mike', 'gw', 'cgw-m', 'ERROR', '2025-01-01T00:00:04.000Z'),
];
const lookups = {
  vpnGateways: new Map([['gw', { name: 'vpngw', addresses: {} }]]),
  customerGateways: new Map([['cgw-a', { name: 'site-a', ip: '203.0.113.1' }]]),
};

function render(search: ConnectionListSearch, connections = data) {
  const props = { complete: true, totalCount: connections.length, lookups, gatewayOptions: [], onSearchChange: () => {} };
  return renderWithRouter(<View {...props} connections={connections} search={search} />);
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'VPN connections' }))
    .getAllByRole('row')
    .flatMap((r) => within(r).queryAllByRole('link').map((a) => a.textContent));

describe('ConnectionListView', () => {
  it('shows a redundant pair under one header with its health', async () => {
    await render({});
    expect(rowNames()).toEqual(['alpha-1', 'alpha-2', 'zulu', 'mike']);
    expect(screen.getByTestId('pair-health')).toHaveTextContent('1 of 2 up');
    expect(screen.getByText('vpngw → site-a')).toBeInTheDocument();
  });

  it('keeps the pair together when sorted by name descending', async () => {
    await render({ sort: 'name', desc: true });
    expect(rowNames()).toEqual(['zulu', 'mike', 'alpha-2', 'alpha-1']);
  });

  it('keeps the pair and its health when the filter hides one member', async () => {
    await render({ status: ['DOWN', 'ERROR'] });
    expect(rowNames()).toEqual(['alpha-2', 'mike']);
    expect(screen.getByTestId('pair-health')).toHaveTextContent('1 of 2 up');
    expect(screen.getByText(/1 hidden by the filter/)).toBeInTheDocument();
  });

  it('searches name, subnet and customer gateway as typed', async () => {
    await render({});
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'site-a');
    expect(rowNames()).toEqual(['alpha-1', 'alpha-2']);
    expect(screen.getByTestId('list-summary')).toHaveTextContent('Showing 1–2 of 2 matching (4 in total)');
  });

  it('re-renders only the row whose status changed when a poll returns, and highlights it', async () => {
    let poll: (next: VpnConnection[]) => void = () => {};
    function Polled() {
      const [connections, setConnections] = useState(data);
      poll = setConnections;
      return <View complete totalCount={4} lookups={lookups} gatewayOptions={[]} onSearchChange={() => {}} connections={connections} search={{}} />;
    }
    await renderWithRouter(<Polled />);
    const counts = window.__otcRenderCounts;
    if (!counts) throw new Error('render counter is off');
    counts.reset();
    // A poll: structural sharing keeps unchanged connections as the same objects.
    act(() => poll(data.map((c) => (c.name === 'mike' ? { ...c, status: 'ACTIVE' as const } : c))));
    expect(counts.counts['connection-row']).toBe(1);
    expect(document.querySelectorAll('tr[data-changed]')).toHaveLength(1);
    expect(document.querySelector('tr[data-changed]')).toHaveAttribute('data-connection-id', 'id-mike');
  });
});
