import { describe, expect, it } from 'vitest';
import { runCascade, type CascadeItem, type ItemResult } from '@/features/cascade-delete/api/run-cascade';

const conn = (id: string): CascadeItem => ({ id, label: `VPN connection ${id}`, isTarget: false, waitUntilGone: true });
const target: CascadeItem = { id: 'cgw', label: 'customer gateway cgw', isTarget: true, waitUntilGone: false };

function recorder(failOn: Partial<Record<string, 'remove' | 'wait'>> = {}) {
  const log: string[] = [];
  const results: Record<string, ItemResult> = {};
  return {
    log,
    results,
    actions: {
      remove: async (item: CascadeItem) => {
        log.push(`delete ${item.id}`);
        if (failOn[item.id] === 'remove') throw new Error(`${item.id} is frozen`);
      },
      waitGone: async (item: CascadeItem) => {
        log.push(`gone ${item.id}`);
        if (failOn[item.id] === 'wait') throw new Error(`${item.id} stayed`);
      },
      onUpdate: (id: string, result: ItemResult) => {
        results[id] = result;
      },
    },
  };
}

describe('runCascade', () => {
  it('deletes every connection, waits until all are gone, and only then deletes the target', async () => {
    const r = recorder();
    await expect(runCascade([conn('a'), conn('b'), target], r.actions)).resolves.toBe(true);
    expect(r.log).toEqual(['delete a', 'delete b', 'gone a', 'gone b', 'delete cgw']);
    expect(Object.values(r.results).map((x) => x.state)).toEqual(['deleted', 'deleted', 'deleted']);
  });

  it('does not touch the target when a connection cannot be deleted, and says why per item', async () => {
    const r = recorder({ b: 'remove' });
    await expect(runCascade([conn('a'), conn('b'), target], r.actions)).resolves.toBe(false);
    expect(r.log).not.toContain('delete cgw');
    expect(r.results.a).toEqual({ state: 'deleted' });
    expect(r.results.b).toMatchObject({ state: 'failed', detail: expect.stringContaining('b is frozen') });
    expect(r.results.cgw).toEqual({ state: 'skipped', detail: 'Not attempted: 1 of the 2 items in its way could not be deleted.' });
  });

  it('treats a connection that never disappears as a failure', async () => {
    const r = recorder({ a: 'wait' });
    await expect(runCascade([conn('a'), target], r.actions)).resolves.toBe(false);
    expect(r.results.a).toMatchObject({ state: 'failed', detail: expect.stringContaining('a stayed') });
    expect(r.results.cgw?.state).toBe('skipped');
  });

  it('deletes a target without dependents and waits for it when asked', async () => {
    const r = recorder();
    await runCascade([{ ...target, waitUntilGone: true }], r.actions);
    expect(r.log).toEqual(['delete cgw', 'gone cgw']);
  });
});
