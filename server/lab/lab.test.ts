import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../test-support.ts';
import { processAlive } from './lab-names.ts';
import { createLabConnection, labAvailable, reportSkip, setupLab, waitForStatus } from './lab-test-support.ts';
import { labNamespaces } from './netns.ts';
import { waitFor } from './run.ts';

// Real tunnels: connections created through the API come up against a customer side that runs the console's
// own strongSwan export, and traffic passes between the two "LANs".

describe('live IPsec lab: styles', () => {
  let env: ReturnType<typeof setupLab> | undefined;
  const pids: number[] = [];

  beforeAll(() => {
    reportSkip('the live IPsec lab tests');
    if (!labAvailable) return;
    env = setupLab();
  });

  afterAll(async () => {
    if (!env) return;
    await env.lab.shutdown();
    // Nothing of this lab may survive: no namespace, no daemon, no scratch directory.
    expect(labNamespaces().filter((n) => n.startsWith(env?.lab.names.base ?? '?'))).toEqual([]);
    expect(pids.filter(processAlive)).toEqual([]);
  });

  const live = (id: string) => {
    const pair = env?.lab.pair('0a1b2c3d4e5f60718293a4b5c6d7e8f9', id);
    pids.push(...(pair?.pids() ?? []));
    return pair;
  };

  it.runIf(labAvailable)('a static connection comes up ACTIVE and the two subnets reach each other', { timeout: 30000 }, async () => {
    const call = env!.call;
    const id = await createLabConnection(call, { name: 'lab-static', peer_subnets: ['192.168.200.0/24'] });
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
    expect(await live(id)?.ping()).toBe(true);
    const logs = await call('GET', `${paths.connection(id)}/log`);
    expect(logs.body.logs.map((l: { raw_message: string }) => l.raw_message).join('\n')).toMatch(/CHILD_SA .* established .* TS 0\.0\.0\.0\/0 === 0\.0\.0\.0\/0/);
  });

  it.runIf(labAvailable)('a policy-based connection with two rules comes up ACTIVE', { timeout: 30000 }, async () => {
    const call = env!.call;
    const id = await createLabConnection(call, {
      name: 'lab-policy',
      style: 'policy',
      peer_subnets: ['192.168.201.0/24', '192.168.202.0/24'],
      policy_rules: [
        { source: '10.10.0.0/16', destination: ['192.168.201.0/24'] },
        { source: '10.20.0.0/16', destination: ['192.168.201.0/24', '192.168.202.0/24'] },
      ],
    }, 2);
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
    expect(await live(id)?.ping()).toBe(true);
  });

  it.runIf(labAvailable)('a BGP connection comes up ACTIVE and traffic follows the BGP-learned route', { timeout: 30000 }, async () => {
    const call = env!.call;
    const id = await createLabConnection(call, {
      name: 'lab-bgp',
      style: 'bgp',
      peer_subnets: ['192.168.203.0/24'],
      ikepolicy: { encryption_algorithm: 'aes-256', authentication_algorithm: 'sha2-512', dh_group: 'group16' },
      ipsecpolicy: { encryption_algorithm: 'aes-256', authentication_algorithm: 'sha2-512', pfs: 'group16' },
    });
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
    expect(await live(id)?.ping()).toBe(true);
  });

  // Real daemons: on saturated cores a lost IKE packet is retransmitted after 1 s, 1.8 s, 3.2 s, … (charon.ts).
  it.runIf(labAvailable)('an update renegotiates with the new parameters and a new PSK', { timeout: 45000 }, async () => {
    const call = env!.call;
    const id = await createLabConnection(call, { name: 'lab-update', peer_subnets: ['192.168.205.0/24'] }, 2);
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
    const pair = live(id);
    const before = pair?.settleMs;
    const put = await call('PUT', paths.connection(id), { vpn_connection: { psk: 'Other-Key-2024!', ipsecpolicy: { pfs: 'group14', lifetime_seconds: 1800 } } });
    expect(put.status).toBe(200);
    expect(await waitFor(async () => pair?.phase === 'settled' && pair.settleMs !== before, 30000, 20)).toBe(true);
    expect(pair?.status).toBe('ACTIVE');
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
    const logs = await call('GET', `${paths.connection(id)}/log`);
    // Two negotiations in the log: the original one and the one with the updated parameters.
    const established = logs.body.logs.filter((l: { raw_message: string }) => /IKE_SA .* established between/.test(l.raw_message));
    expect(established.length).toBeGreaterThanOrEqual(2);
  });

  it.runIf(labAvailable)('deleting a connection removes its namespaces and daemons', { timeout: 30000 }, async () => {
    const call = env!.call;
    const id = await createLabConnection(call, { name: 'lab-delete', peer_subnets: ['192.168.204.0/24'] });
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
    const pair = live(id);
    const namespaces = [...(pair?.namespaces() ?? [])];
    const daemons = pair?.pids() ?? [];
    expect(namespaces).toHaveLength(2);
    expect((await call('DELETE', paths.connection(id))).status).toBe(204);
    expect(await waitFor(async () => namespaces.every((n) => !labNamespaces().includes(n)), 10000, 50)).toBe(true);
    expect(daemons.filter(processAlive)).toEqual([]);
  });
});
