import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { labPaths } from '../../contract/lab-control.ts';
import { PSK, demo, eipId, paths } from '../test-support.ts';
import { labAvailable, reportSkip } from './lab-test-support.ts';
import { labNamespaces } from './netns.ts';
import { waitFor } from './run.ts';

// The server process with MOCK_LAB=1: a connection gets real namespaces; SIGTERM removes them; after a crash
// (SIGKILL) the next start-up removes the leftovers.

const repo = fileURLToPath(new URL('../..', import.meta.url));

function startServer(port: number): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), MOCK_LAB: '1', MOCK_TRANSITION_MS: '20' },
  });
  let out = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('OTC VPN Console ready on')) resolve(out);
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, ready };
}

async function createConnection(base: string): Promise<string> {
  const headers = { 'X-Auth-Token': 'lab-test', 'Content-Type': 'application/json' };
  const cgw = await fetch(`${base}${paths.cgws()}`, { method: 'POST', headers, body: JSON.stringify({ customer_gateway: { id_value: '198.51.100.77', bgp_asn: 65177 } }) });
  const cgwId = ((await cgw.json()) as { customer_gateway: { id: string } }).customer_gateway.id;
  const body = { vpn_connection: { vgw_id: demo('gw-fra-core'), vgw_ip: eipId('gw-fra-core', 1), cgw_id: cgwId, psk: PSK, peer_subnets: ['192.168.220.0/24'] } };
  const res = await fetch(`${base}${paths.connections()}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return ((await res.json()) as { vpn_connection: { id: string } }).vpn_connection.id;
}

const ours = (pid: number | undefined) => labNamespaces().filter((n) => n.startsWith(`otclab-${pid}-`));

async function activeInLab(base: string): Promise<boolean> {
  return waitFor(async () => {
    const status = (await (await fetch(`${base}${labPaths.status}`)).json()) as { connections: { status: string | null }[] };
    return status.connections[0]?.status === 'ACTIVE';
  }, 15000, 50);
}

describe('live IPsec lab: the server process', () => {
  beforeAll(() => reportSkip('the lab server-process tests'));

  it.runIf(labAvailable)('SIGTERM tears every tunnel down; a crash is cleaned up by the next start', { timeout: 60000 }, async () => {
    const port = 30000 + Math.floor(Math.random() * 20000);
    const base = `http://127.0.0.1:${port}`;
    const first = startServer(port);
    expect(await first.ready).toContain('IPsec lab on (MOCK_LAB)');
    await createConnection(base);
    expect(await activeInLab(base)).toBe(true);
    expect(ours(first.child.pid)).toHaveLength(2);
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGTERM');
    await exited;
    expect(ours(first.child.pid)).toEqual([]);

    const crashed = startServer(port);
    await crashed.ready;
    await createConnection(base);
    expect(await activeInLab(base)).toBe(true);
    const gone = new Promise((resolve) => crashed.child.once('exit', resolve));
    crashed.child.kill('SIGKILL');
    await gone;
    expect(ours(crashed.child.pid)).toHaveLength(2);

    const next = startServer(port);
    expect(await next.ready).toMatch(/IPsec lab: removed \d+ leftovers of an earlier run/);
    expect(ours(crashed.child.pid)).toEqual([]);
    const stopped = new Promise((resolve) => next.child.once('exit', resolve));
    next.child.kill('SIGTERM');
    await stopped;
  });
});
