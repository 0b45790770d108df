import type { VpnConnection } from '@contract/vpn-connection';
import { describe, expect, it, vi } from 'vitest';
import { createFactsCache } from '@/features/vpn-connections/components/connection-table/connection-facts';
import { RowFilter } from '@/features/vpn-connections/components/connection-table/row-filter';

const conn = (id: string, name: string, status: string, style: VpnConnection['style'], subnet: string): VpnConnection => ({
  id,
  name,
  status: status as VpnConnection['status'],
  style,
  vgw_id: 'gw',
  vgw_ip: '80.158.1.1',
  cgw_id: `cgw-${id}`,
  peer_subnets: [subnet],
});

const rows = [
  conn('1', 'munich-a', 'ACTIVE', 'STATIC', '192.168.20.0/24'),
  conn('2', 'munich-b', 'DOWN', 'BGP', '192.168.21.0/24'),
  conn('3', 'hamburg', 'ERROR', 'POLICY', '10.1.0.0/16'),
];
const none = { statusKey: '', styleKey: '', termsKey: '' };

describe('RowFilter', () => {
  it('matches every term against name, id, gateway IP and subnets', () => {
    const f = new RowFilter();
    const facts = createFactsCache({});
    expect(f.run(rows, { ...none, termsKey: 'munich' }, facts).map((c) => c.id)).toEqual(['1', '2']);
    expect(f.run(rows, { ...none, termsKey: '192.168.21' }, facts).map((c) => c.id)).toEqual(['2']);
    expect(f.run(rows, { ...none, termsKey: 'munich 20.0' }, facts).map((c) => c.id)).toEqual(['1']);
    expect(f.run(rows, { ...none, termsKey: '80.158.1.1' }, facts)).toHaveLength(3);
  });

  it('filters by status and style', () => {
    const f = new RowFilter();
    const facts = createFactsCache({});
    expect(f.run(rows, { ...none, statusKey: 'DOWN,ERROR' }, facts).map((c) => c.id)).toEqual(['2', '3']);
    expect(f.run(rows, { ...none, statusKey: 'DOWN,ERROR', styleKey: 'POLICY' }, facts).map((c) => c.id)).toEqual(['3']);
  });

  it('narrows the previous result when more is typed, and starts over when text is removed', () => {
    const f = new RowFilter();
    const factsOf = vi.fn(createFactsCache({}));
    f.run(rows, { ...none, termsKey: 'mun' }, factsOf);
    factsOf.mockClear();
    expect(f.run(rows, { ...none, termsKey: 'muni' }, factsOf)).toHaveLength(2);
    // Only the two earlier matches were looked at again.
    expect(factsOf).toHaveBeenCalledTimes(2);
    factsOf.mockClear();
    expect(f.run(rows, { ...none, termsKey: 'ham' }, factsOf).map((c) => c.id)).toEqual(['3']);
    expect(factsOf).toHaveBeenCalledTimes(3);
  });

  it('answers a query seen before (deleting what was typed) with the very same array, without filtering again', () => {
    const f = new RowFilter();
    const factsOf = vi.fn(createFactsCache({}));
    const first = f.run(rows, { ...none, termsKey: 'mun' }, factsOf);
    f.run(rows, { ...none, termsKey: 'muni' }, factsOf);
    factsOf.mockClear();
    expect(f.run(rows, { ...none, termsKey: 'mun' }, factsOf)).toBe(first);
    expect(factsOf).not.toHaveBeenCalled();
    // New data: nothing remembered applies.
    const changed = [...rows];
    expect(f.run(changed, { ...none, termsKey: 'mun' }, factsOf)).not.toBe(first);
  });

  it('hands back the same array when a filter keeps every row, so grouping and paging are not redone', () => {
    const f = new RowFilter();
    const facts = createFactsCache({});
    expect(f.run(rows, none, facts)).toBe(rows);
    // "1" is in every connection's gateway IP: everything matches, and each longer text keeps it all too.
    const all = f.run(rows, { ...none, termsKey: '1' }, facts);
    expect(all).toBe(rows);
    expect(f.run(rows, { ...none, termsKey: '15' }, facts)).toBe(rows);
    expect(f.run(rows, { ...none, termsKey: '158.1' }, facts)).toBe(rows);
    expect(f.run(rows, { ...none, termsKey: 'munich' }, facts)).not.toBe(rows);
  });
});
