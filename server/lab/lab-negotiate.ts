import { hostOf } from '../../contract/device-config/device-model.ts';
import type { LabSide } from './lab-models.ts';
import { saStateOf, type SaState } from './lab-status.ts';
import { ipBatch, LabError, waitFor } from './run.ts';
import { linkExists, ruleExists } from './netns.ts';
import { checkSuccess, type ViciClient } from './vici-client.ts';
import type { ViciMessage } from './vici-codec.ts';

// The vici conversation of one end: load the export's connection and key, plumb route-based tunnels, initiate
// from the OTC end and read the resulting SA state back.

export async function loadSide(vici: ViciClient, side: LabSide): Promise<void> {
  for (const secret of side.load.secrets) checkSuccess(await vici.request('load-shared', secret), 'load-shared');
  for (const conn of side.load.connections) checkSuccess(await vici.request('load-conn', conn.message), `load-conn ${conn.name}`);
}

/**
 * Route-based emulation (facts §4): kernel-libipsec's ipsec0 stands in for the VTI. Its policy-routing rule
 * (pref 220) would send everything into the tunnel, so it goes; the tunnel address sits on ipsec0 and, for
 * static routing, routes to the other end's subnets point there (from `src`, a host of this end's real LAN,
 * which a simulated mistake does not change). Both appear a little after charon starts.
 */
export async function plumbRouteBased(ns: string, side: LabSide, src: string | undefined): Promise<void> {
  const ready = await waitFor(async () => (await linkExists(ns, 'ipsec0')) && (await ruleExists(ns, 220)), 5000);
  if (!ready) throw new LabError(`ipsec0 or its routing rule did not appear in ${ns} within 5 s (is kernel-libipsec loaded?)`);
  const m = side.model;
  const lines = ['rule del pref 220'];
  if (m.tunnel) lines.push(`addr add ${m.tunnel.local} dev ipsec0`);
  if (m.style === 'static') lines.push(...m.peerSubnets.map((s) => `route replace ${s} dev ipsec0${src ? ` src ${src}` : ''}`));
  await ipBatch(lines, ns);
}

export interface InitiateResult {
  ok: boolean;
  /** The control-log lines charon streamed while negotiating. */
  log: string[];
  error?: string | undefined;
}

/** Initiates every child of the OTC end in turn; stops at the first failure. */
export async function initiateAll(vici: ViciClient, side: LabSide): Promise<InitiateResult> {
  const log: string[] = [];
  for (const conn of side.load.connections) {
    for (const child of conn.children) {
      const reply = await vici.streamed('initiate', { ike: conn.name, child, timeout: '15000' }, 'control-log', (m) => {
        if (typeof m.msg === 'string') log.push(m.msg);
      });
      if (reply.success !== 'yes') return { ok: false, log, error: typeof reply.errmsg === 'string' ? reply.errmsg : 'initiate failed' };
    }
  }
  return { ok: true, log };
}

export async function listSas(vici: ViciClient, conn: string): Promise<SaState> {
  const events: ViciMessage[] = [];
  await vici.streamed('list-sas', { ike: conn }, 'list-sa', (m) => events.push(m));
  return saStateOf(events, conn);
}

/** The OTC end's neighbour and local tunnel host, for messages. */
export function tunnelHosts(side: LabSide): { local: string; peer: string } | undefined {
  const t = side.model.tunnel;
  return t ? { local: hostOf(t.local), peer: hostOf(t.peer) } : undefined;
}
