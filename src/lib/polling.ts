import { isTransitional } from '@contract/status';

export const FAST_POLL_MS = 2_000;
export const IDLE_POLL_MS = 30_000;

/** The part of TanStack Query's `Query` the interval needs; a real Query is assignable to it. */
export interface PolledQuery<T> {
  state: { data: T | undefined; fetchFailureCount: number };
}

/**
 * A `refetchInterval` function: poll every `fastMs` while any status in the data is transitional
 * (PENDING_*), every `idleMs` otherwise (false = stop). After a failed poll the fast rate backs off
 * (doubling per failed attempt, never slower than `idleMs`) so a dead endpoint is not hammered.
 * Pair with refetchIntervalInBackground: false so hidden tabs do not poll at all.
 */
export function pollWhileTransitional<T>(
  statusesOf: (data: T) => Iterable<string | undefined>,
  fastMs: number = FAST_POLL_MS,
  idleMs: number | false = IDLE_POLL_MS,
): (query: PolledQuery<T>) => number | false {
  return (query) => {
    const { data, fetchFailureCount } = query.state;
    const busy = data !== undefined && [...statusesOf(data)].some((s) => isTransitional(s));
    if (!busy) return idleMs;
    if (fetchFailureCount === 0) return fastMs;
    const backedOff = fastMs * 2 ** fetchFailureCount;
    return idleMs === false ? backedOff : Math.min(backedOff, idleMs);
  };
}
