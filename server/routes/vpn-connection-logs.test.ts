import { describe, expect, it } from 'vitest';
import { v5Paths } from '../../contract/api-paths.ts';
import { mockPaths } from '../../contract/mock-control.ts';
import { connectionLogResponseSchema } from '../../contract/quotas-tags.ts';
import { PROJECT, PSK, TRANSITION_MS, demo, paths, setup, staticBody } from '../test-support.ts';

const logPath = (id: string) => v5Paths.vpnConnectionLog(PROJECT, id);
const text = (body: { logs: Array<{ raw_message: string }> }) => body.logs.map((l) => l.raw_message).join('\n');

describe('GET /v5/{project_id}/vpn-connection/{id}/log', () => {
  it('answers an ACTIVE connection with phase 1 and phase 2 success lines built from its parameters', async () => {
    const { call } = setup();
    const res = await call('GET', logPath(demo('vpn-munich-1')));
    expect(res.status).toBe(200);
    expect(connectionLogResponseSchema.safeParse(res.body).success).toBe(true);
    expect(res.body.request_id).toBe(res.headers.get('X-Request-Id'));
    const log = text(res.body);
    expect(log).toContain('IKE_SA branch-munich-bgp-1[');
    expect(log).toMatch(/IKE_SA branch-munich-bgp-1\[\d+\] established between 80\.158\.[\d.]+\[[\d.]+\]\.\.\.198\.51\.100\.20\[198\.51\.100\.20\]/);
    // The connection's strong IKE policy: aes-256, sha2-512, group16.
    expect(log).toContain('selected proposal: IKE:AES_CBC_256/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/MODP_4096');
    expect(log).toContain('selected proposal: ESP:AES_CBC_256/HMAC_SHA2_512_256/MODP_4096/NO_EXT_SEQ');
    expect(log).toMatch(/CHILD_SA branch-munich-bgp-1\{\d+\} established with SPIs/);
    expect(log).not.toMatch(/NO_PROPOSAL_CHOSEN|AUTHENTICATION_FAILED|peer not responding/);
  });

  it('returns at most 200 entries, oldest first, with whole epoch seconds not later than now', async () => {
    const { call, clock } = setup();
    const { body } = await call('GET', logPath(demo('vpn-hq-1')));
    expect(body.logs.length).toBeGreaterThan(20);
    expect(body.logs.length).toBeLessThanOrEqual(200);
    const times: number[] = body.logs.map((l: { time: number }) => l.time);
    expect(times.every((t) => Number.isInteger(t) && t * 1000 <= clock.now())).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('shows retransmits and "peer not responding" for a DOWN connection', async () => {
    const { call } = setup();
    const log = text((await call('GET', logPath(demo('vpn-hamburg-policy')))).body);
    expect(log).toContain('retransmit 1 of request with message ID 0');
    expect(log).toContain('giving up after 5 retransmits');
    expect(log).toContain('establishing IKE_SA failed, peer not responding');
    expect(log).not.toContain('established with SPIs');
  });

  it('shows a phase 1 proposal mismatch for the ERROR connection with weak crypto (IKEv1 aggressive, 3DES/MD5/group2)', async () => {
    const { call } = setup();
    const log = text((await call('GET', logPath(demo('vpn-lab-legacy')))).body);
    expect(log).toContain('initiating Aggressive Mode IKE_SA lab-legacy-3des[');
    expect(log).toContain('received NO_PROPOSAL_CHOSEN notify error');
    expect(log).toContain('configured proposals: IKE:3DES_CBC/HMAC_MD5_96/PRF_HMAC_MD5/MODP_1024');
  });

  it('gives every ERROR connection a phase 1 or phase 2 failure', async () => {
    const { call } = setup();
    const keys = ['vpn-hq-1', 'vpn-hq-2', 'vpn-munich-1', 'vpn-munich-2', 'vpn-acme-1', 'vpn-berlin-a', 'vpn-berlin-b', 'vpn-dr-master'];
    const seen = new Set<string>();
    for (const key of keys) {
      await call('POST', mockPaths.connectionStatus(PROJECT, demo(key)), { status: 'ERROR' });
      const log = text((await call('GET', logPath(demo(key)))).body);
      const failure = ['AUTHENTICATION_FAILED', 'TS_UNACCEPTABLE', 'NO_PROPOSAL_CHOSEN notify error', 'NO_PROPOSAL_CHOSEN notify, no CHILD_SA'].find((k) => log.includes(k));
      expect(failure, `${key} has no failure line`).toBeDefined();
      seen.add(failure ?? '');
    }
    // Not one canned error: the failures differ between connections.
    expect(seen.size).toBeGreaterThan(1);
  });

  it('is empty while PENDING_CREATE and fills once the connection is configured', async () => {
    const { call, clock } = setup();
    const created = (await call('POST', paths.connections(), staticBody())).body.vpn_connection;
    expect((await call('GET', logPath(created.id))).body.logs).toEqual([]);
    clock.advance(TRANSITION_MS * 3 + 2000);
    const log = text((await call('GET', logPath(created.id))).body);
    expect(log).toContain(`initiating IKE_SA ${created.name}[`);
    expect(log).not.toContain(PSK);
  });

  it('records a configuration change as a teardown and renegotiation', async () => {
    const { call, clock } = setup();
    clock.advance(60_000);
    await call('PUT', paths.connection(demo('vpn-hq-1')), { vpn_connection: { name: 'hq-renamed' } });
    clock.advance(TRANSITION_MS + 5_000);
    const log = text((await call('GET', logPath(demo('vpn-hq-1')))).body);
    expect(log).toContain("reloading connection 'hq-renamed' after a configuration change");
    expect(log.lastIndexOf('IKE_SA hq-renamed[')).toBeGreaterThan(log.indexOf('reloading connection'));
  });

  it('answers 404 VPN.0004 for an unknown connection', async () => {
    const { call } = setup();
    const res = await call('GET', logPath('00000000-0000-4000-8000-000000000000'));
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe('VPN.0004');
  });

  it('answers 400 VPN.0304 when the gateway does not support query_connection_log', async () => {
    const { call, store } = setup();
    const gateway = store.project(PROJECT).vpnGateways.find((g) => g.id === demo('gw-fra-core'));
    if (!gateway) throw new Error('seed changed: gw-fra-core missing');
    gateway.supported_features = [];
    const res = await call('GET', logPath(demo('vpn-hq-1')));
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('VPN.0304');
    expect(res.body.error_msg).toContain('Query connection log is only supported for newer VPN gateway.');
  });

  it('every seeded gateway supports connection logs', async () => {
    const { call } = setup();
    await call('POST', mockPaths.seed(PROJECT), { connections: 400 });
    const { body } = await call('GET', paths.gateways());
    expect(body.vpn_gateways.length).toBeGreaterThan(6);
    for (const g of body.vpn_gateways) expect(g.supported_features).toContain('query_connection_log');
  });

  it('needs a token like every v5 call', async () => {
    const { call } = setup();
    const res = await call('GET', logPath(demo('vpn-hq-1')), undefined, { 'X-Auth-Token': '' });
    expect(res.status).toBe(401);
  });
});
