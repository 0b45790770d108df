import type { ClassicStatus, Life } from './classic-state.ts';

// Status machine of classic connections and VPN services, advanced lazily: whenever a project's classic
// state is read, every object whose step is due moves on (no timers, so it survives restarts and resets).
// Connection: PENDING_CREATE → DOWN ("not connected" until the peer talks) → ACTIVE (or the seeded rest state);
// service: PENDING_CREATE → ACTIVE; update: PENDING_UPDATE → the status before; delete: PENDING_DELETE → gone.

export interface Tracked {
  item: { status: ClassicStatus };
  life: Life;
}

type Step = ClassicStatus | 'removed' | undefined;

function nextStep(status: ClassicStatus, life: Life, viaDown: boolean): Step {
  switch (status) {
    case 'PENDING_CREATE':
      return viaDown && life.settle !== 'DOWN' ? 'DOWN' : life.settle;
    case 'PENDING_UPDATE':
      return life.resume ?? life.settle;
    case 'PENDING_DELETE':
      return 'removed';
    case 'DOWN':
      return life.settle === 'DOWN' ? undefined : life.settle;
    default:
      return undefined;
  }
}

/**
 * Moves each object through every step that is due at `now`; returns the objects still there and whether
 * anything changed. `viaDown`: new objects pass through DOWN before settling (connections do).
 */
export function advance<T extends Tracked>(list: T[], now: number, stepMs: number, viaDown: boolean): { list: T[]; changed: boolean } {
  let changed = false;
  const kept: T[] = [];
  for (const tracked of list) {
    let gone = false;
    for (;;) {
      const step = nextStep(tracked.item.status, tracked.life, viaDown);
      if (step === undefined || now < tracked.life.since + stepMs) break;
      changed = true;
      tracked.life.since += stepMs;
      if (step === 'removed') {
        gone = true;
        break;
      }
      if (tracked.item.status === 'PENDING_UPDATE') delete tracked.life.resume;
      tracked.item.status = step;
    }
    if (!gone) kept.push(tracked);
  }
  return { list: changed ? kept : list, changed };
}

/** Starts a transition now. */
export function begin(tracked: Tracked, status: ClassicStatus, now: number): void {
  if (status === 'PENDING_UPDATE') tracked.life.resume = tracked.item.status;
  tracked.item.status = status;
  tracked.life.since = now;
}

export function isPending(status: string): boolean {
  return status.startsWith('PENDING_');
}
