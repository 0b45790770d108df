import { describe, expect, it } from 'vitest';
import { vpnConnectionListResponseSchema } from '../../contract/vpn-connection.ts';
import { PROJECT, TRANSITION_MS, demo, eipId, paths, setup, staticBody, type CallResult } from '../test-support.ts';

type Call = ReturnType<typeof setup>['call'];

/** Follows next_marker until a short page; returns every id in order and the pages seen. */
async function walk(call: Call, limit: number, query = '') {
  const ids: string[] = [];
  const pages: CallResult[] = [];
  let marker: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const res = await call('GET', `${paths.connections()}?limit=${limit}${marker ? `&marker=${encodeURIComponent(marker)}` : ''}${query}`);
    expect(res.status).toBe(200);
    pages.push(res);
    ids.push(...res.body.vpn_connections.map((c: { id: string }) => c.id));
    if (res.body.page_info.current_count < limit) break;
    marker = res.body.page_info.next_marker;
  }
  return { ids, pages };
}

describe('GET /v5/{project_id}/vpn-connection', () => {
  it('lists the seeded connections in created_at order with page_info and total_count', async () => {
    const { call } = setup();
    const res = await call('GET', paths.connections());
    expect(res.status).toBe(200);
    expect(vpnConnectionListResponseSchema.safeParse(res.body).success).toBe(true);
    const list = res.body.vpn_connections as { created_at: string; style: string; status: string }[];
    expect(list).toHaveLength(13);
    expect(res.body.total_count).toBe(13);
    expect(res.body.page_info).toEqual({ next_marker: list.at(-1)?.created_at, current_count: 13 });
    expect(list.map((c) => c.created_at)).toEqual([...list.map((c) => c.created_at)].sort());
    expect(new Set(list.map((c) => c.style))).toEqual(new Set(['STATIC', 'POLICY', 'BGP']));
    expect(list.filter((c) => c.status === 'DOWN')).toHaveLength(2);
    expect(list.filter((c) => c.status === 'ERROR')).toHaveLength(1);
    expect(res.body.request_id).toEqual(expect.any(String));
  });

  it.each([
    ['vgw_id', `vgw_id=${demo('gw-fra-core')}`, 5],
    ['vgw_ip', `vgw_ip=${eipId('gw-fra-core', 2)}`, 2],
    ['vgw_ip of a private gateway', 'vgw_ip=192.168.146.77', 1],
    ['both', `vgw_id=${demo('gw-prod-ha')}&vgw_ip=${eipId('gw-prod-ha', 1)}`, 1],
    ['no match', 'vgw_id=00000000-0000-4000-8000-000000000000', 0],
  ])('filters by %s; total_count counts all matches', async (_label, query, count) => {
    const { call } = setup();
    const res = await call('GET', `${paths.connections()}?${query}&limit=1`);
    expect(res.body.total_count).toBe(count);
    expect(res.body.page_info.current_count).toBe(Math.min(1, count));
    if (count === 0) expect(res.body.page_info).toEqual({ current_count: 0 });
  });

  it('pages with limit/marker without repeating or skipping, even while connections come and go', async () => {
    const { call, clock } = setup();
    const first = await call('GET', `${paths.connections()}?limit=4`);
    expect(first.body.page_info.next_marker).toBe(first.body.vpn_connections[3].created_at);
    // Between pages: one connection is created (it sorts last) and one already listed is deleted.
    await call('POST', paths.connections(), staticBody());
    await call('DELETE', paths.connection(first.body.vpn_connections[0].id));
    clock.advance(TRANSITION_MS);
    const rest = await walkFrom(call, 4, first.body.page_info.next_marker);
    const all = [...first.body.vpn_connections.map((c: { id: string }) => c.id), ...rest];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(14);
  });

  it('walks 5,000 generated connections in pages of 2000 with no repeats or skips', async () => {
    const { call } = setup();
    await call('POST', `/__mock/projects/${PROJECT}/seed`, { connections: 5000, empty: true });
    const { ids, pages } = await walk(call, 2000);
    expect(pages.map((p) => p.body.page_info.current_count)).toEqual([2000, 2000, 1000]);
    expect(pages.every((p) => p.body.total_count === 5000)).toBe(true);
    expect(new Set(ids).size).toBe(5000);
  });

  it('uses the documented default page size of 2000 (also for limit=0)', async () => {
    const { call } = setup();
    await call('POST', `/__mock/projects/${PROJECT}/seed`, { connections: 2100, empty: true });
    expect((await call('GET', paths.connections())).body.page_info.current_count).toBe(2000);
    expect((await call('GET', `${paths.connections()}?limit=0`)).body.page_info.current_count).toBe(2000);
  });

  it.each([
    ['limit=abc', 'invalid request: limit: limit must be a whole number from 0 to 2000'],
    ['limit=2001', 'limit must be a whole number from 0 to 2000'],
    ['limit=-1', 'limit must be a whole number from 0 to 2000'],
    ['marker=2025-06-09T07:24:27.674Z', 'invalid request: marker: marker must be used together with limit'],
    ['limit=5&marker=yesterday', 'invalid request: marker: "yesterday" is not a creation time; pass page_info.next_marker of the previous page'],
  ])('answers 400 VPN.0001 for %s', async (query, message) => {
    const { call } = setup();
    const res = await call('GET', `${paths.connections()}?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: 'VPN.0001', error_msg: expect.stringContaining(message), request_id: expect.any(String) });
  });
});

async function walkFrom(call: Call, limit: number, marker: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = marker;
  while (next) {
    const res = await call('GET', `${paths.connections()}?limit=${limit}&marker=${encodeURIComponent(next)}`);
    ids.push(...res.body.vpn_connections.map((c: { id: string }) => c.id));
    next = res.body.page_info.current_count < limit ? undefined : res.body.page_info.next_marker;
  }
  return ids;
}
