import type { VpnConnection } from '@contract/vpn-connection';
import { describe, expect, it } from 'vitest';
import { buildPairIndex, groupPairs, pageStarts, pageUnits, pairHealth } from '@/features/vpn-connections/components/connection-table/pair-grouping';

const conn = (id: string, vgw: string, cgw: string, status = 'ACTIVE'): VpnConnection => ({
  id,
  name: id,
  status: status as VpnConnection['status'],
  vgw_id: vgw,
  vgw_ip: `${vgw}-ip-${id}`,
  style: 'STATIC',
  cgw_id: cgw,
});

const a1 = conn('a1', 'gw1', 'site-a');
const a2 = conn('a2', 'gw1', 'site-a', 'DOWN');
const b = conn('b', 'gw1', 'site-b');
const c1 = conn('c1', 'gw2', 'site-c');
const c2 = conn('c2', 'gw2', 'site-c');
// Same customer gateway on another VPN gateway: not a pair with a1/a2.
const d = conn('d', 'gw2', 'site-a');
const all = [a1, a2, b, c1, c2, d];
const pairs = buildPairIndex(all);
const view = (units: ReturnType<typeof groupPairs>) => units.map((u) => (u.kind === 'single' ? u.connection.id : `[${u.shown.map((c) => c.id).join(' ')}]`));

describe('redundant pair grouping', () => {
  it('finds pairs by VPN gateway and customer gateway', () => {
    expect([...pairs.keys()].map((c) => c.id).sort()).toEqual(['a1', 'a2', 'c1', 'c2']);
    expect(pairs.has(d)).toBe(false);
  });

  it('keeps the members of a pair together wherever the sort puts them', () => {
    // Sorted, e.g. by name descending: the pair appears where its first member sorts.
    expect(view(groupPairs([d, c2, c1, b, a2, a1], pairs))).toEqual(['d', '[c2 c1]', 'b', '[a2 a1]']);
    expect(view(groupPairs([c1, a1, b, d, c2, a2], pairs))).toEqual(['[c1 c2]', '[a1 a2]', 'b', 'd']);
  });

  it('keeps a pair when the filter shows one member; its health still counts both', () => {
    const units = groupPairs([a2, b], pairs);
    expect(view(units)).toEqual(['[a2]', 'b']);
    const pair = units[0];
    if (pair?.kind !== 'pair') throw new Error('expected a pair');
    expect(pair.all).toHaveLength(2);
    expect(pairHealth(pair.all)).toEqual({ up: 1, total: 2 });
  });

  it('never splits a pair across pages', () => {
    const units = groupPairs([b, a1, a2, c1, c2, d], pairs);
    const starts = pageStarts(units, 2);
    expect(starts.map((_, i) => view(pageUnits(units, starts, i + 1)))).toEqual([['b'], ['[a1 a2]'], ['[c1 c2]'], ['d']]);
    expect(view(pageUnits(units, pageStarts(units, Infinity), 1))).toEqual(['b', '[a1 a2]', '[c1 c2]', 'd']);
  });
});
