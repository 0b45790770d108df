import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStateFile, PersistenceError } from './persistence.ts';
import { MockStore } from './store/store.ts';
import { PROJECT, TRANSITION_MS, demo, paths, setup, staticBody } from './test-support.ts';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mock-state-'));
  file = path.join(dir, 'nested', 'state.json');
});

describe('createStateFile', () => {
  it('writes by replacing the file through a rename, leaving no temp files', async () => {
    const state = createStateFile(file, 0);
    state.scheduleSave(() => ({ n: 1 }));
    await state.idle();
    const before = statSync(file).ino;
    state.scheduleSave(() => ({ n: 2 }));
    await state.idle();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: 2 });
    // A new inode: the old file was never truncated in place, so a kill mid-write leaves it whole.
    expect(statSync(file).ino).not.toBe(before);
    expect(readdirSync(path.dirname(file))).toEqual(['state.json']);
  });

  it('keeps the previous file intact when a save fails', async () => {
    const state = createStateFile(file, 0);
    state.scheduleSave(() => ({ n: 1 }));
    await state.idle();
    state.scheduleSave(() => {
      throw new Error('snapshot failed');
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await state.idle();
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: 1 });
  });

  it('coalesces a burst of changes into one write of the latest state', async () => {
    const state = createStateFile(file, 0);
    let snapshots = 0;
    for (let n = 1; n <= 50; n++) state.scheduleSave(() => ({ n, taken: ++snapshots }));
    await state.idle();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: 50, taken: 1 });
  });

  it('flushSync writes a pending save at once (shutdown)', () => {
    const state = createStateFile(file, 60_000);
    state.scheduleSave(() => ({ closing: true }));
    state.flushSync();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ closing: true });
  });

  it('load: undefined for a missing file, PersistenceError for invalid JSON or an unreadable path', () => {
    expect(createStateFile(file).load()).toBeUndefined();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"format": "otc-vpn-console/mock-state", "projects": {');
    expect(() => createStateFile(file).load()).toThrow(PersistenceError);
    expect(() => createStateFile(file).load()).toThrow(/is not valid JSON/);
    expect(() => createStateFile(dir).load()).toThrow(/cannot read/);
  });
});

describe('MockStore persistence', () => {
  it('restores projects after a restart, including pending transitions', async () => {
    const stateFile = createStateFile(file, 0);
    const first = setup({ store: { stateFile } });
    await first.call('DELETE', paths.connection(demo('vpn-hq-2')));
    first.clock.advance(TRANSITION_MS);
    const created = (await first.call('POST', paths.connections(), staticBody({ name: 'survives-restart' }))).body.vpn_connection;
    await first.call('PUT', paths.cgw(demo('cgw-partner-acme')), { customer_gateway: { name: 'acme-renamed' } });
    await stateFile.idle();
    first.store.close();

    const second = setup({ store: { stateFile: createStateFile(file, 0) } });
    expect(second.store.load()).toBe(1);
    const shown = await second.call('GET', paths.connection(created.id));
    expect(shown.body.vpn_connection).toEqual({ ...created, status: 'PENDING_CREATE' });
    expect((await second.call('GET', paths.cgw(demo('cgw-partner-acme')))).body.customer_gateway.name).toBe('acme-renamed');
    expect((await second.call('GET', paths.connection(demo('vpn-hq-2')))).status).toBe(404);
    second.clock.advance(TRANSITION_MS);
    expect((await second.call('GET', paths.connection(created.id))).body.vpn_connection.status).toBe('DOWN');
  });

  it.each([
    ['JSON of another shape', '{"hello": "world"}', /is not a mock state file this version understands/],
    ['a newer version', JSON.stringify({ format: 'otc-vpn-console/mock-state', version: 99, projects: {} }), /"version" must be 1/],
    ['a broken project', JSON.stringify({ format: 'otc-vpn-console/mock-state', version: 1, projects: { [PROJECT]: { vpnGateways: 'x' } } }), /at projects\.0a1b/],
    ['half a file', '{"format": "otc-vpn-console/mo', /is not valid JSON/],
  ])('refuses %s and leaves the file untouched', (_label, content, message) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    const store = new MockStore({ stateFile: createStateFile(file, 0) });
    expect(() => store.load()).toThrow(message);
    store.close();
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
