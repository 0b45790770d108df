import { describe, expect, it } from 'vitest';
import { FAST_POLL_MS, IDLE_POLL_MS, pollWhileTransitional } from '@/lib/polling';

type Item = { status?: string };
const interval = pollWhileTransitional((items: Item[]) => items.map((i) => i.status));
const query = (data: Item[] | undefined, fetchFailureCount = 0) => ({ state: { data, fetchFailureCount } });

describe('pollWhileTransitional', () => {
  it('polls fast while any item is PENDING_*', () => {
    expect(interval(query([{ status: 'ACTIVE' }, { status: 'PENDING_CREATE' }]))).toBe(FAST_POLL_MS);
    expect(interval(query([{ status: 'PENDING_DELETE' }]))).toBe(2_000);
  });

  it('polls slowly when everything is settled, empty or not loaded yet', () => {
    expect(interval(query([{ status: 'ACTIVE' }, { status: 'DOWN' }, { status: 'ERROR' }]))).toBe(IDLE_POLL_MS);
    expect(interval(query([]))).toBe(30_000);
    expect(interval(query(undefined))).toBe(30_000);
    expect(interval(query([{ status: undefined }]))).toBe(30_000);
  });

  it('backs off after failed polls but never polls slower than the idle rate', () => {
    const busy = [{ status: 'PENDING_UPDATE' }];
    expect(interval(query(busy, 1))).toBe(4_000);
    expect(interval(query(busy, 2))).toBe(8_000);
    expect(interval(query(busy, 10))).toBe(IDLE_POLL_MS);
    expect(interval(query([{ status: 'ACTIVE' }], 3))).toBe(IDLE_POLL_MS);
  });

  it('can stop polling entirely when idle', () => {
    const stopWhenIdle = pollWhileTransitional((items: Item[]) => items.map((i) => i.status), 1_000, false);
    expect(stopWhenIdle(query([{ status: 'ACTIVE' }]))).toBe(false);
    expect(stopWhenIdle(query([{ status: 'PENDING_CREATE' }]))).toBe(1_000);
  });
});
