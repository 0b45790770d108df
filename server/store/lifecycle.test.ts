import { describe, expect, it } from 'vitest';
import { PROJECT, TRANSITION_MS, demo, paths, setup, staticBody } from '../test-support.ts';

async function statusOf(call: ReturnType<typeof setup>['call'], id: string) {
  const res = await call('GET', paths.connection(id));
  return res.status === 404 ? 'GONE' : res.body.vpn_connection.status;
}

describe('connection status lifecycle', () => {
  it('create: PENDING_CREATE → DOWN → ACTIVE, one step per transition time', async () => {
    const { call, clock } = setup();
    const created = await call('POST', paths.connections(), staticBody());
    expect(created.status).toBe(201);
    const id = created.body.vpn_connection.id;
    expect(created.body.vpn_connection).not.toHaveProperty('status');

    const seen = [await statusOf(call, id)];
    clock.advance(TRANSITION_MS - 1);
    seen.push(await statusOf(call, id));
    clock.advance(1);
    seen.push(await statusOf(call, id));
    clock.advance(TRANSITION_MS);
    seen.push(await statusOf(call, id));
    clock.advance(10 * TRANSITION_MS);
    seen.push(await statusOf(call, id));
    expect(seen).toEqual(['PENDING_CREATE', 'PENDING_CREATE', 'DOWN', 'ACTIVE', 'ACTIVE']);
  });

  it('update: PENDING_UPDATE → the status it had before', async () => {
    const { call, clock } = setup();
    const id = demo('vpn-hamburg-policy'); // seeded, stays DOWN
    const res = await call('PUT', paths.connection(id), { vpn_connection: { name: 'hamburg-renamed' } });
    expect(res.status).toBe(200);
    expect(res.body.vpn_connection).not.toHaveProperty('status');
    expect(await statusOf(call, id)).toBe('PENDING_UPDATE');
    clock.advance(TRANSITION_MS);
    expect(await statusOf(call, id)).toBe('DOWN');
    clock.advance(10 * TRANSITION_MS);
    expect(await statusOf(call, id)).toBe('DOWN');
  });

  it('update of a connection still on its way up resumes the way up afterwards', async () => {
    const { call, clock } = setup();
    const id = (await call('POST', paths.connections(), staticBody())).body.vpn_connection.id;
    clock.advance(TRANSITION_MS);
    expect(await statusOf(call, id)).toBe('DOWN');
    await call('PUT', paths.connection(id), { vpn_connection: { name: 'renamed' } });
    clock.advance(TRANSITION_MS);
    expect(await statusOf(call, id)).toBe('DOWN');
    clock.advance(TRANSITION_MS);
    expect(await statusOf(call, id)).toBe('ACTIVE');
  });

  it('delete: PENDING_DELETE, still listed, then gone (404)', async () => {
    const { call, clock } = setup();
    const id = demo('vpn-hq-2');
    expect((await call('DELETE', paths.connection(id))).status).toBe(204);
    expect(await statusOf(call, id)).toBe('PENDING_DELETE');
    const listed = await call('GET', paths.connections());
    expect(listed.body.vpn_connections.map((c: { id: string }) => c.id)).toContain(id);
    clock.advance(TRANSITION_MS);
    expect(await statusOf(call, id)).toBe('GONE');
    const after = await call('GET', paths.connections());
    expect(after.body.vpn_connections.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('seeded connections keep their DOWN and ERROR states', async () => {
    const { call, clock } = setup();
    clock.advance(100 * TRANSITION_MS);
    expect(await statusOf(call, demo('vpn-dr-standby'))).toBe('DOWN');
    expect(await statusOf(call, demo('vpn-lab-legacy'))).toBe('ERROR');
    expect(await statusOf(call, demo('vpn-hq-1'))).toBe('ACTIVE');
  });

  it('uses the transition time set through /__mock/config for new transitions', async () => {
    const { call, clock, store } = setup();
    expect((await call('POST', '/__mock/config', { transition_ms: 5000 })).body).toEqual({ transition_ms: 5000 });
    expect(store.transitionMs).toBe(5000);
    const id = (await call('POST', paths.connections(), staticBody())).body.vpn_connection.id;
    clock.advance(4999);
    expect(await statusOf(call, id)).toBe('PENDING_CREATE');
    clock.advance(1);
    expect(await statusOf(call, id)).toBe('DOWN');
  });

  it('a reset drops the pending timers with the projects', async () => {
    const { call, clock, store } = setup();
    await call('POST', paths.connections(), staticBody());
    expect(clock.pendingTimers()).toBe(1);
    store.reset();
    expect(clock.pendingTimers()).toBe(0);
    expect(store.hasProject(PROJECT)).toBe(false);
  });
});
