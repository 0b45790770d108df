import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labPaths } from '../../contract/lab-control.ts';
import { PROJECT, paths } from '../test-support.ts';
import { createLabConnection, labAvailable, reportSkip, setupLab, waitForStatus } from './lab-test-support.ts';
import { labNamespaces } from './netns.ts';

// Each simulated customer-side mistake must look like it does against a real gateway: the status the API shows,
// the reason with the log keyword, and the real charon lines in the connection log.

describe('live IPsec lab: simulated customer-side mistakes', () => {
  let env: ReturnType<typeof setupLab> | undefined;

  beforeAll(() => {
    reportSkip('the live IPsec lab mistake tests');
    if (!labAvailable) return;
    env = setupLab();
  });

  afterAll(async () => {
    if (!env) return;
    await env.lab.shutdown();
    expect(labNamespaces().filter((n) => n.startsWith(env?.lab.names.base ?? '?'))).toEqual([]);
  });

  async function mistake(id: string, kind: string) {
    const res = await env!.call('POST', labPaths.mistake(PROJECT, id), { mistake: kind });
    expect(res.status).toBe(200);
    return res.body as { status: string; reason: string | null; mistake: string };
  }

  const logText = async (id: string) =>
    ((await env!.call('GET', `${paths.connection(id)}/log`)).body.logs as { raw_message: string }[]).map((l) => l.raw_message).join('\n');

  it.runIf(labAvailable)('policy-based: wrong PSK, DH group, reversed subnets and peer down each show their cause', { timeout: 60000 }, async () => {
    const call = env!.call;
    const id = await createLabConnection(call, {
      name: 'lab-mistakes',
      style: 'policy',
      peer_subnets: ['192.168.210.0/24'],
      policy_rules: [{ source: '10.10.0.0/16', destination: ['192.168.210.0/24'] }],
    });
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');

    const cases: [string, RegExp, RegExp][] = [
      ['wrong-psk', /AUTHENTICATION_FAILED/, /AUTHENTICATION_FAILED|AUTH_FAILED/],
      ['dh-group', /NO_PROPOSAL_CHOSEN/, /NO_PROPOSAL_CHOSEN|NO_PROP/],
      ['reversed-subnets', /TS_UNACCEPTABLE/, /TS_UNACCEPTABLE/],
      ['peer-down', /Peer not responding: the customer gateway 198\.51\.100\.\d+/, /giving up after 2 retransmits|peer not responding/],
    ];
    for (const [kind, reason, logLine] of cases) {
      const result = await mistake(id, kind);
      expect({ kind, status: result.status, reason: result.reason }).toEqual({ kind, status: 'DOWN', reason: expect.stringMatching(reason) });
      expect(await waitForStatus(call, id, 'DOWN')).toBe('DOWN');
      expect(await logText(id)).toMatch(logLine);
    }
    const fixed = await mistake(id, 'none');
    expect(fixed).toMatchObject({ status: 'ACTIVE', reason: null, mistake: 'none' });
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
  });

  it.runIf(labAvailable)('route-based: reversed subnets keep IPsec up but the traffic check says what is wrong', { timeout: 30000 }, async () => {
    const call = env!.call;
    const id = await createLabConnection(call, { name: 'lab-routed-mistake', peer_subnets: ['192.168.211.0/24'] }, 2);
    expect(await waitForStatus(call, id, 'ACTIVE')).toBe('ACTIVE');
    const result = await mistake(id, 'reversed-subnets');
    expect(result).toMatchObject({ status: 'DOWN', reason: expect.stringMatching(/IPsec is up, but traffic from 10\.10\.0\.1 to 192\.168\.211\.1/) });
  });

  it.runIf(labAvailable)('lists lab-backed connections and refuses unknown mistakes and connections', async () => {
    const status = await env!.call('GET', labPaths.status);
    expect(status.body).toMatchObject({ enabled: true, connections: expect.any(Array) });
    const bad = await env!.call('POST', labPaths.mistake(PROJECT, 'nope'), { mistake: 'typo' });
    expect(bad.body.error_msg).toMatch(/mistake must be one of none, wrong-psk/);
    const unknown = await env!.call('POST', labPaths.mistake(PROJECT, 'nope'), { mistake: 'none' });
    expect(unknown.status).toBe(404);
  });
});
