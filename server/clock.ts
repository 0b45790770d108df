/** Time source and timer scheduler, injected into the store so tests can drive status transitions. */
export interface Clock {
  now(): number;
  /** Runs `fn` after `ms`; returns a function that cancels it. */
  schedule(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  schedule(ms, fn) {
    const timer = setTimeout(fn, ms);
    // Pending transitions must never keep a finished test run or a stopping server alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface ManualClock extends Clock {
  /** Moves time forward and runs every timer that falls due, in due order. */
  advance(ms: number): void;
  /** Number of timers not yet run or cancelled. */
  pendingTimers(): number;
}

interface Timer {
  due: number;
  seq: number;
  fn: () => void;
}

/** A clock that only moves when told to; used by tests instead of real sleeps. */
export function createManualClock(startMs = Date.UTC(2026, 0, 15, 9, 0, 0)): ManualClock {
  let current = startMs;
  let seq = 0;
  const timers = new Set<Timer>();
  return {
    now: () => current,
    schedule(ms, fn) {
      const timer = { due: current + ms, seq: seq++, fn };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    advance(ms) {
      const target = current + ms;
      for (;;) {
        const next = [...timers]
          .filter((t) => t.due <= target)
          .sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
        if (!next) break;
        timers.delete(next);
        current = next.due;
        next.fn();
      }
      current = target;
    },
    pendingTimers: () => timers.size,
  };
}
