import { describe, expect, it } from 'vitest';
import { mockPaths, REDACTED } from '../../contract/mock-control.ts';
import { stateSnapshotSchema } from '../store/types.ts';
import { cp, seedCreateBody, TENANT } from './classic-test-support.ts';
import { setup } from '../test-support.ts';

describe('classic state in the mock store', () => {
  it('is forgotten by /__mock/reset: the tenant is seeded afresh', async () => {
    const { call } = setup();
    const created = (await call('POST', cp.ipsecSiteConnections(), seedCreateBody())).body.ipsec_site_connection;
    expect((await call('POST', mockPaths.reset)).status).toBe(204);
    const ids = (await call('GET', cp.ipsecSiteConnections())).body.ipsec_site_connections.map((c: { id: string }) => c.id);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(created.id);
  });

  it('is emptied (VPCs kept) by an empty seed of the tenant', async () => {
    const { call } = setup();
    expect((await call('POST', mockPaths.seed(TENANT), { empty: true })).status).toBe(200);
    expect((await call('GET', cp.ipsecSiteConnections())).body.ipsec_site_connections).toEqual([]);
    expect((await call('GET', cp.ikePolicies())).body.ikepolicies).toEqual([]);
    expect((await call('GET', cp.routers())).body.routers).toHaveLength(2);
  });

  it('records write requests under the tenant with the PSK redacted', async () => {
    const { call } = setup();
    await call('POST', cp.ipsecSiteConnections(), seedCreateBody());
    const { requests } = (await call('GET', mockPaths.requests(TENANT))).body;
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', path: cp.ipsecSiteConnections() });
    expect(requests[0].body.ipsec_site_connection.psk).toBe(REDACTED);
  });

  it('is part of the persisted snapshot, and snapshots without it still load', async () => {
    const { call, store } = setup();
    await call('POST', cp.ipsecSiteConnections(), seedCreateBody());
    const snapshot = stateSnapshotSchema.parse(JSON.parse(JSON.stringify(store.snapshot())));
    expect(snapshot.projects[TENANT]?.classic?.connections).toHaveLength(3);
    const { classic: _classic, ...older } = snapshot.projects[TENANT] ?? {};
    expect(stateSnapshotSchema.safeParse({ ...snapshot, projects: { [TENANT]: older } }).success).toBe(true);
  });
});
