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

type Facts = (c: VpnConnection) => ConnectionFacts;

function matches(c: VpnConnection, f: Facts, statuses?: Set<string>, styles?: Set<string>, terms?: string[]): boolean {
  if (statuses && !statuses.has(c.status ?? 'UNKNOWN')) return false;
  if (styles && !styles.has(c.style)) return false;
  return !terms || terms.length === 0 || matchesSearch(f(c), terms);
}

const keyOf = (c: FilterCriteria) => `${c.statusKey}\u0000${c.styleKey}\u0000${c.termsKey}`;
/** Results remembered per data set: enough for typing a query and deleting it again. */
const REMEMBERED = 48;

/**
 * Filters sorted rows and remembers recent answers for the same data. Typing one more character can only
 * narrow the result (every term of the longer text contains a term of the shorter), so it filters the
 * previous result instead of all 10,000 rows; deleting characters finds the earlier answers again. A
 * remembered answer is the same array, so everything memoised on it downstream is reused too.
 */
export class RowFilter {
  private rows?: readonly VpnConnection[];
  private factsOf?: Facts;
  private readonly results = new Map<string, readonly VpnConnection[]>();
  private last?: { criteria: FilterCriteria; result: readonly VpnConnection[] };

  run(rows: readonly VpnConnection[], criteria: FilterCriteria, factsOf: Facts): readonly VpnConnection[] {
    if (rows !== this.rows || factsOf !== this.factsOf) {
      this.rows = rows;
      this.factsOf = factsOf;
      this.results.clear();
      this.last = undefined;
    }
    const key = keyOf(criteria);
    const known = this.results.get(key);
    if (known) {
      this.last = { criteria, result: known };
      return known;
    }
    const last = this.last;
    const narrows =
      last !== undefined &&
      last.criteria.statusKey === criteria.statusKey &&
      last.criteria.styleKey === criteria.styleKey &&
      criteria.termsKey.startsWith(last.criteria.termsKey);
    const source = narrows ? last.result : rows;
    const statuses = criteria.statusKey ? new Set(criteria.statusKey.split(',')) : undefined;
    const styles = criteria.styleKey ? new Set(criteria.styleKey.split(',')) : undefined;
    const terms = criteria.termsKey ? criteria.termsKey.split(' ') : undefined;
    const kept = !statuses && !styles && !terms ? source : source.filter((c) => matches(c, factsOf, statuses, styles, terms));
    // Nothing filtered out (the first characters of a search often match every row): hand back the same
    // array, so grouping and paging downstream are not redone for an identical result.
    const result = kept.length === source.length ? source : kept;
    if (this.results.size >= REMEMBERED) this.results.delete(this.results.keys().next().value ?? '');
    this.results.set(key, result);
    this.last = { criteria, result };
    return result;
  }
}
