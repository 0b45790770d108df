import type { VpnConnection } from '@contract/vpn-connection';
import { useState } from 'react';

const NONE: ReadonlySet<string> = new Set();

/** Ids whose status differs between two complete snapshots of the list. */
export function statusChanges(before: readonly VpnConnection[] | undefined, after: readonly VpnConnection[] | undefined): ReadonlySet<string> {
  if (!before || !after || before.length === 0) return NONE;
  const previous = new Map<string, string | undefined>();
  for (const c of before) previous.set(c.id, c.status);
  const changed = new Set<string>();
  for (const c of after) {
    if (previous.has(c.id) && previous.get(c.id) !== c.status) changed.add(c.id);
  }
  return changed.size > 0 ? changed : NONE;
}

/**
 * The connections whose status changed with the last poll. Worked out while rendering (React's "adjust
 * state when a prop changes" pattern), so a changed row renders once, with its new status and highlight.
 * `complete` is false while a first load is still streaming in pages: those are not status changes.
 */
export function useStatusChanges(connections: readonly VpnConnection[] | undefined, complete: boolean): ReadonlySet<string> {
  const [seen, setSeen] = useState({ connections, complete });
  const [changed, setChanged] = useState(NONE);
  if (seen.connections !== connections) {
    setSeen({ connections, complete });
    const next = seen.complete && complete ? statusChanges(seen.connections, connections) : NONE;
    if (next !== changed) setChanged(next);
  }
  return changed;
}
