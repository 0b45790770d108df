import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { GatewayLifecycle } from './gateway-lifecycle.ts';
import type { StoredGateway } from './types.ts';

const stamp = '2026-01-01T00:00:00.000Z';
const gateway = (id: string, status: StoredGateway['status']): StoredGateway => ({ id, name: id, status, created_at: stamp, updated_at: stamp });

function setup() {
  const clock = createManualClock();
  const removed: string[] = [];
  const lifecycle = new GatewayLifecycle({ clock, transitionMs: () => 100, remove: (_p, id) => removed.push(id), changed: () => {} });
  return { clock, removed, lifecycle };
}

describe('GatewayLifecycle', () => {
  it('moves PENDING_CREATE and PENDING_UPDATE to ACTIVE and removes PENDING_DELETE, one transition later', () => {
    const { clock, removed, lifecycle } = setup();
    const created = gateway('a', 'ACTIVE');
    const updated = gateway('b', 'ACTIVE');
    const deleted = gateway('c', 'ACTIVE');
    lifecycle.begin('p', created, 'PENDING_CREATE');
    lifecycle.begin('p', updated, 'PENDING_UPDATE');
    lifecycle.begin('p', deleted, 'PENDING_DELETE');
    clock.advance(99);
    expect([created.status, updated.status, removed]).toEqual(['PENDING_CREATE', 'PENDING_UPDATE', []]);
    clock.advance(1);
    expect([created.status, updated.status, removed]).toEqual(['ACTIVE', 'ACTIVE', ['c']]);
    expect(created.updated_at).not.toBe(stamp);
  });

  it('resumes gateways that were mid-transition when the state was saved', () => {
    const { clock, lifecycle } = setup();
    const pending = gateway('a', 'PENDING_CREATE');
    lifecycle.resume('p', [pending, gateway('b', 'ACTIVE')]);
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(100);
    expect(pending.status).toBe('ACTIVE');
  });

  it('cancels the timers of one project', () => {
    const { clock, lifecycle } = setup();
    const mine = gateway('a', 'ACTIVE');
    const other = gateway('b', 'ACTIVE');
    lifecycle.begin('p', mine, 'PENDING_CREATE');
    lifecycle.begin('q', other, 'PENDING_CREATE');
    lifecycle.cancelProject('p');
    clock.advance(100);
    expect([mine.status, other.status]).toEqual(['PENDING_CREATE', 'ACTIVE']);
  });
});
