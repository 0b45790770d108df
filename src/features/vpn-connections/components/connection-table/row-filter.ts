import type { VpnConnection } from '@contract/vpn-connection';
import { matchesSearch, type ConnectionFacts } from '@/features/vpn-connections/components/connection-table/connection-facts';

export interface FilterCriteria {
  /** Comma-joined statuses, '' = any. */
  statusKey: string;
  /** Comma-joined styles, '' = any. */
  styleKey: string;
  /** Lower-case search terms joined by one space, '' = none. */
  termsKey: string;
}

function matches(c: VpnConnection, f: (c: VpnConnection) => ConnectionFacts, statuses?: Set<string>, styles?: Set<string>, terms?: string[]): boolean {
  if (statuses && !statuses.has(c.status ?? 'UNKNOWN')) return false;
  if (styles && !styles.has(c.style)) return false;
  return !terms || terms.length === 0 || matchesSearch(f(c), terms);
}

/**
 * Filters sorted rows, remembering the last answer: typing one more character can only narrow the result
 * (every term of the longer text contains a term of the shorter), so it filters the previous result
 * instead of all 10,000 rows again.
 */
export class RowFilter {
  private last?: { rows: readonly VpnConnection[]; factsOf: unknown; criteria: FilterCriteria; result: VpnConnection[] };

  run(rows: readonly VpnConnection[], criteria: FilterCriteria, factsOf: (c: VpnConnection) => ConnectionFacts): VpnConnection[] {
    const last = this.last;
    const narrows =
      last !== undefined &&
      last.rows === rows &&
      last.factsOf === factsOf &&
      last.criteria.statusKey === criteria.statusKey &&
      last.criteria.styleKey === criteria.styleKey &&
      criteria.termsKey.startsWith(last.criteria.termsKey);
    const source = narrows ? last.result : rows;
    const statuses = criteria.statusKey ? new Set(criteria.statusKey.split(',')) : undefined;
    const styles = criteria.styleKey ? new Set(criteria.styleKey.split(',')) : undefined;
    const terms = criteria.termsKey ? criteria.termsKey.split(' ') : undefined;
    const result = !statuses && !styles && !terms ? [...source] : source.filter((c) => matches(c, factsOf, statuses, styles, terms));
    this.last = { rows, factsOf, criteria, result };
    return result;
  }
}
