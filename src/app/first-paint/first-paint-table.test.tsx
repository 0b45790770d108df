import type { VpnConnection } from '@contract/vpn-connection';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildFirstPaint } from '@/app/first-paint/first-paint-table';
import type { ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';
import { createFactsCache } from '@/features/vpn-connections/components/connection-table/connection-facts';
import { ConnectionRow } from '@/features/vpn-connections/components/connection-table/connection-row';

const conn = (id: string, over: Partial<VpnConnection> = {}): VpnConnection => ({
  id,
  name: `conn-${id}`,
  status: 'ACTIVE',
  vgw_id: 'gw-1',
  vgw_ip: `eip-${id}`,
  style: 'STATIC',
  cgw_id: 'cgw-1',
  peer_subnets: ['192.168.10.0/24'],
  created_at: '2026-10-23T08:03:00Z',
  ...over,
});

const lookups: ConnectionLookups = {
  vpnGateways: new Map([['gw-1', { name: 'vpngw-fra', addresses: { 'eip-a': '80.158.1.1', 'eip-b': '80.158.1.2', 'eip-c': '80.158.1.3' }, haMode: 'active-active' }]]),
  customerGateways: new Map([
    ['cgw-1', { name: 'hq-fw', ip: '203.0.113.10' }],
    ['cgw-2', { name: 'branch-fw', ip: '198.51.100.7' }],
  ]),
};
const columns = ['status', 'style', 'vpnGateway', 'customerGateway', 'subnets', 'created', 'tunnel', 'ikeVersion', 'haRole', 'updated'] as const;

describe('buildFirstPaint', () => {
  const a = conn('a');
  const b = conn('b', { status: 'DOWN' });
  const c = conn('c', { cgw_id: 'cgw-2', style: 'POLICY', peer_subnets: ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24'], ha_role: 'master' });
  const overlay = buildFirstPaint(document, { connections: [a, c, b], lookups, columns }).element;

  it('draws every cell as the application’s row does (same text, same accessible wording)', () => {
    const factsOf = createFactsCache(lookups);
    for (const connection of [a, b, c]) {
      const { container, unmount } = render(
        <table>
          <tbody>
            <ConnectionRow connection={connection} facts={factsOf(connection)} columns={columns} selected={false} changed={false} inPair={false} actions={{ onSelect: () => {}, onDelete: () => {} }} />
          </tbody>
        </table>,
      );
      const cells = (row: Element | null) => [...(row?.querySelectorAll('th, td') ?? [])].slice(1, -1).map((cell) => cell.textContent);
      const early = overlay.querySelector(`tr[data-connection-id="${connection.id}"]`);
      expect(cells(early)).toEqual(cells(container.querySelector('tr')));
      unmount();
    }
  });

  it('groups a redundant pair under its header, with its health', () => {
    const rows = [...overlay.querySelectorAll('tbody tr')].map((tr) => tr.textContent?.slice(0, 40));
    expect(rows[0]).toMatch(/^Redundant pairvpngw-fra → hq-fw1 of 2 up/);
    expect([...overlay.querySelectorAll('tbody tr[data-connection-id]')].map((tr) => tr.getAttribute('data-connection-id'))).toEqual(['a', 'b', 'c']);
  });

  it('links each name to the connection’s page and labels the table like the application', () => {
    expect(overlay.querySelector('table')?.getAttribute('aria-label')).toBe('VPN connections');
    expect(overlay.querySelector('a')?.getAttribute('href')).toBe('/vpn-connections/a');
    expect([...overlay.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Name', 'Status', 'Style', 'VPN gateway', 'Customer gateway', 'Customer subnets', 'Created', 'Tunnel addresses', 'IKE', 'HA role', 'Updated',
    ]);
  });

  it('draws the rows that fill the screen first and the others when asked, pairs kept whole', () => {
    const ids = (el: HTMLElement) => [...el.querySelectorAll('tbody tr[data-connection-id]')].map((tr) => tr.getAttribute('data-connection-id'));
    // A pair header (32 px) and its two rows (52 px each) already fill a 100 px screen.
    const { element, drawRest } = buildFirstPaint(document, { connections: [a, c, b], lookups, columns }, 100);
    expect(ids(element)).toEqual(['a', 'b']);
    document.body.append(element);
    drawRest();
    expect(ids(element)).toEqual(['a', 'b', 'c']);
    element.remove();
  });

  it('adds nothing once the application has taken the first paint away', () => {
    const { element, drawRest } = buildFirstPaint(document, { connections: [a, c, b], lookups, columns }, 100);
    drawRest();
    expect(element.querySelectorAll('tbody tr[data-connection-id]')).toHaveLength(2);
  });
});
