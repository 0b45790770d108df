import { readFileSync } from 'node:fs';
import type { BenchResult } from './run.ts';
import { systemClock } from '../server/clock.ts';
import { capabilityMessage, checkLabCapability } from '../server/lab/capability.ts';
import { LabBackend } from '../server/lab/lab-backend.ts';
import { sleep } from '../server/lab/run.ts';
import { PROJECT, PSK, demo, eipId, paths, setup } from '../server/test-support.ts';

// Issue 8: in lab mode (MOCK_LAB=1), the time from POST …/vpn-connection to status ACTIVE for 1 and for 20
// connections (each a real pair of charon daemons negotiating the exported strongSwan config), and the memory
// the daemons of one connection take. Transitions are 0 ms so the figures are the lab's own.

function procKiB(pid: number, file: 'smaps_rollup' | 'status', field: 'Pss' | 'VmRSS'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return m?.[1] ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function createToActive(count: number, offset: number): Promise<{ ms: number; pssKiB: number; rssKiB: number }> {
  const lab = new LabBackend(checkLabCapability());
  const env = setup({ store: { clock: systemClock, transitionMs: 0, lab }, app: { lab } });
  lab.attach(env.store);
  try {
    const cgwIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const cgw = await env.call('POST', paths.cgws(), { customer_gateway: { id_value: `198.51.100.${offset + i}`, bgp_asn: 65000 + offset + i } });
      cgwIds.push(cgw.body.customer_gateway.id);
    }
    const started = performance.now();
    const ids = await Promise.all(
      cgwIds.map(async (cgw_id, i) => {
        const body = { vgw_id: demo('gw-fra-core'), vgw_ip: eipId('gw-fra-core', 1), cgw_id, psk: PSK, peer_subnets: [`192.168.${100 + i}.0/24`] };
        return (await env.call('POST', paths.connections(), { vpn_connection: body })).body.vpn_connection.id as string;
      }),
    );
    for (;;) {
      const statuses = await Promise.all(ids.map(async (id) => (await env.call('GET', paths.connection(id))).body.vpn_connection.status as string));
      if (statuses.every((s) => s === 'ACTIVE')) break;
      const failed = ids.map((id) => lab.pair(PROJECT, id)?.snapshot()).find((s) => s?.status === 'ERROR' || s?.status === 'DOWN');
      if (failed) throw new Error(`a lab connection did not come up: ${failed.reason}`);
      if (performance.now() - started > 60000) throw new Error(`not all ${count} connections ACTIVE after 60 s`);
      await sleep(5);
    }
    const ms = performance.now() - started;
    const pids = ids.flatMap((id) => lab.pair(PROJECT, id)?.pids() ?? []);
    const pssKiB = pids.reduce((sum, pid) => sum + procKiB(pid, 'smaps_rollup', 'Pss'), 0) / count;
    const rssKiB = pids.reduce((sum, pid) => sum + procKiB(pid, 'status', 'VmRSS'), 0) / count;
    return { ms, pssKiB, rssKiB };
  } finally {
    await lab.shutdown();
  }
}

export async function bench(): Promise<BenchResult[]> {
  const capability = checkLabCapability();
  if (!capability.ok) {
    const note = `not measured: ${capabilityMessage(capability).replace(/\n\s*/g, ' ')}`;
    return [{ name: 'lab: create → ACTIVE (1 connection)', value: 0, unit: 'ms', note }];
  }
  const one = await createToActive(1, 10);
  const twenty = await createToActive(20, 30);
  return [
    { name: 'lab: create → ACTIVE, 1 connection (static, two charon daemons)', value: one.ms, unit: 'ms' },
    { name: 'lab: create → ACTIVE, 20 connections created at once (all ACTIVE)', value: twenty.ms, unit: 'ms' },
    { name: 'lab: memory per connection (PSS of its two daemons, 20 running)', value: twenty.pssKiB / 1024, unit: 'MiB' },
    { name: 'lab: memory per connection (RSS of its two daemons, 20 running)', value: twenty.rssKiB / 1024, unit: 'MiB', note: 'RSS counts shared libraries once per daemon' },
  ];
}
