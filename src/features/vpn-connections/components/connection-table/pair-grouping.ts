import type { VpnConnection } from '@contract/vpn-connection';
import { pairKeyOf } from '@/features/vpn-connections/components/connection-table/connection-facts';

// Redundant pairs: two connections from the same VPN gateway to the same customer gateway (one per gateway
// address). Pairs are found in the whole data set, so a pair stays a pair whatever the sort or filter shows.

/** Each connection that belongs to a redundant pair → every member of its pair (the same array for all members). */
export type PairIndex = ReadonlyMap<VpnConnection, readonly VpnConnection[]>;

/** Finds the pairs of the whole data set once per poll; grouping then needs only a lookup per row. */
export function buildPairIndex(connections: readonly VpnConnection[]): PairIndex {
  const byKey = new Map<string, VpnConnection[]>();
  for (const c of connections) {
    const key = pairKeyOf(c);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const index = new Map<VpnConnection, readonly VpnConnection[]>();
  for (const list of byKey.values()) if (list.length > 1) for (const c of list) index.set(c, list);
  return index;
}

/** The colour of a pair's "N of 2 up" pill. */
export function pairHealthColor(up: number, total: number, standby: boolean): string {
  if (up === total) return 'green';
  if (up === 0) return 'red';
  return standby ? 'teal' : 'yellow';
}

/** What a pair's health means, in words. */
export function pairHealthNote(up: number, total: number, standby: boolean): string {
  if (up === 0) return 'no tunnel up: traffic to this site is down';
  if (up < total) return standby ? 'the standby tunnel idles until the active one fails (active/standby gateway)' : 'running without redundancy';
  return 'redundant';
}

export interface PairHealth {
  up: number;
  total: number;
}

export function pairHealth(members: readonly VpnConnection[]): PairHealth {
  return { up: members.filter((m) => m.status === 'ACTIVE').length, total: members.length };
}

/** One line of the table: a connection, or the header of a redundant pair above its members. */
export type ListUnit =
  | { kind: 'single'; connection: VpnConnection }
  | {
      kind: 'pair';
      key: string;
      /** Members that pass the filter, in sort order. */
      shown: VpnConnection[];
      /** Every member, for the pair's health. */
      all: readonly VpnConnection[];
    };

/**
 * Groups sorted, filtered rows into units: a pair appears where its first shown member sorts, with its
 * other shown members right below it; everything else keeps its sorted place.
 */
const singles = new WeakMap<VpnConnection, ListUnit>();

/** The unit of a connection outside any pair, allocated once per connection object. */
function single(c: VpnConnection): ListUnit {
  let unit = singles.get(c);
  if (!unit) {
    unit = { kind: 'single', connection: c };
    singles.set(c, unit);
  }
  return unit;
}

export function groupPairs(rows: readonly VpnConnection[], pairs: PairIndex): ListUnit[] {
  const units: ListUnit[] = [];
  const open = new Map<readonly VpnConnection[], Extract<ListUnit, { kind: 'pair' }>>();
  for (const c of rows) {
    const all = pairs.get(c);
    if (!all) {
      units.push(single(c));
      continue;
    }
    const unit = open.get(all);
    if (unit) unit.shown.push(c);
    else {
      // The first member's id names the pair (for React keys); no string is built per row.
      const created = { kind: 'pair' as const, key: all[0]?.id ?? c.id, shown: [c], all };
      open.set(all, created);
      units.push(created);
    }
  }
  return units;
}

export function unitSize(unit: ListUnit): number {
  return unit.kind === 'single' ? 1 : unit.shown.length;
}

/**
 * Page boundaries over units: a page holds at most `size` connections, except that a pair is never split
 * (it moves to the next page whole). Returns the index of each page's first unit.
 */
export function pageStarts(units: readonly ListUnit[], size: number): number[] {
  const starts: number[] = [0];
  let rows = 0;
  units.forEach((unit, i) => {
    const n = unitSize(unit);
    if (rows > 0 && rows + n > size) {
      starts.push(i);
      rows = 0;
    }
    rows += n;
  });
  return starts;
}

export function pageUnits(units: readonly ListUnit[], starts: readonly number[], page: number): ListUnit[] {
  const index = Math.min(Math.max(page, 1), starts.length) - 1;
  return units.slice(starts[index] ?? 0, starts[index + 1] ?? units.length);
}
