import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteResource, waitUntilGone } from '@/features/cascade-delete/api/delete-and-wait';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch } from '@/testing/mock-fetch';

const path = (p: string) => `/v5/${p}/vpn-connection/c1`;
const error = (status: number, code: string) => ({ status, body: { error_code: code, error_msg: 'x', request_id: 'r' } });

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

describe('deleteResource', () => {
  it.each([
    ['204', { status: 204 }],
    ['404 (already gone)', error(404, 'VPN.0004')],
    ['425 VPN.0009 (already deleting)', error(425, 'VPN.0009')],
  ])('accepts %s', async (_label, reply) => {
    mockFetch([{ method: 'DELETE', path: '/vpn-connection/c1', reply }]);
    await expect(deleteResource(path)).resolves.toBeUndefined();
  });

  it('passes on a refusal', async () => {
    mockFetch([{ method: 'DELETE', path: '/vpn-connection/c1', reply: error(400, 'VPN.0001') }]);
    await expect(deleteResource(path)).rejects.toMatchObject({ code: 'VPN.0001' });
  });
});

describe('waitUntilGone', () => {
  it('polls until the resource answers 404', async () => {
    let calls = 0;
    mockFetch([{ method: 'GET', path: '/vpn-connection/c1', reply: () => (++calls < 3 ? { body: { status: 'PENDING_DELETE' } } : error(404, 'VPN.0004')) }]);
    const sleeps: number[] = [];
    await waitUntilGone(path, { pollMs: 50, sleep: async (ms) => void sleeps.push(ms) });
    expect(calls).toBe(3);
    expect(sleeps).toEqual([50, 50]);
  });

  it('gives up after the timeout with a message that says what to do', async () => {
    mockFetch([{ method: 'GET', path: '/vpn-connection/c1', reply: { body: {} } }]);
    let now = 0;
    const wait = waitUntilGone(path, { pollMs: 1000, timeoutMs: 3000, now: () => now, sleep: async (ms) => void (now += ms) });
    await expect(wait).rejects.toThrow('still there after 3 s; check it in its list and retry');
  });
});
