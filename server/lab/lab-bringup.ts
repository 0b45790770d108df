import { rmSync } from 'node:fs';
import { parseIpv4 } from '../../contract/ipv4.ts';
import type { LabMistake } from '../../contract/lab-control.ts';
import type { V5DeviceInput } from '../../contract/device-config/v5-model.ts';
import { bgpState, startBird, stopBird, type BirdDaemon } from './bird.ts';
import type { LabCapability } from './capability.ts';
import { startCharon, stopCharon, type CharonDaemon } from './charon.ts';
import { messagesOf, readCharonLog, type LabLogEntry } from './lab-logs.ts';
import { customerSide, lanHosts, otcSide, probeHosts, unsupportedAlgorithms, type LabSide } from './lab-models.ts';
import type { LabNames } from './lab-names.ts';
import { initiateAll, listSas, loadSide, plumbRouteBased } from './lab-negotiate.ts';
import { dataPathReason, failureReason, tunnelUp, type LabStatus } from './lab-status.ts';
import { createPair, deleteNamespace, deleteNamespaceSync, ping } from './netns.ts';
import { waitFor } from './run.ts';
import { ViciClient } from './vici-client.ts';

// Bringing one pair up, from nothing to a status: namespaces, daemons, the two configurations over vici,
// route-based plumbing and BGP, the OTC side's initiate, then the SA state and (route-based) a traffic check.

/** The host name the lab's log lines carry, like OTC's syslog lines carry the gateway host. */
export const LAB_LOG_HOST = 'otc-lab';

/** Which connection a pair backs and with which key (held in memory only). */
export interface PairSpec {
  projectId: string;
  connectionId: string;
  seq: number;
  input: V5DeviceInput;
  psk: string;
}

/** Everything a running pair holds, so a teardown can remove all of it. */
export interface Running {
  namespaces: [string, string];
  dir: string;
  otc: LabSide;
  daemons: CharonDaemon[];
  birds: BirdDaemon[];
  clients: ViciClient[];
  /** The OTC side's charon log and vici socket. */
  cloudLog: string;
  viciPath: string;
}

export interface BringUpContext {
  spec: PairSpec;
  names: LabNames;
  capability: LabCapability;
  mistake: LabMistake;
  /** Called before anything is created, so a failure halfway is still torn down completely. */
  register: (run: Running) => void;
  negotiating: () => void;
}

export interface BringUpOutcome {
  status: LabStatus;
  reason: string | null;
  /** What to watch for down events once ACTIVE. */
  watch?: { conn: string; children: string[] } | undefined;
}

export async function bringUpPair(ctx: BringUpContext): Promise<BringUpOutcome> {
    const { input, psk, seq } = ctx.spec;
    const otc = otcSide(input, psk);
    const m = otc.model;
    const unsupported = unsupportedAlgorithms(m, ctx.capability.extraPlugins);
    if (unsupported.length > 0) {
      return { status: 'ERROR', reason: `The lab's strongSwan cannot negotiate ${unsupported.join(', ')}; install libstrongswan-standard-plugins to run this connection live.` };
    }
    if (parseIpv4(m.localAddress) === null || parseIpv4(m.peerAddress) === null) {
      return { status: 'ERROR', reason: 'The lab needs the VPN gateway\'s and the customer gateway\'s IPv4 addresses; one of them is not known.' };
    }
    const customer = ctx.mistake === 'peer-down' ? undefined : customerSide(input, psk, ctx.mistake);
    const namespaces: [string, string] = [ctx.names.namespace(seq, 'cloud'), ctx.names.namespace(seq, 'customer')];
    const dir = `${ctx.names.dir}/${seq}`;
    const cloudDir = `${dir}/cloud`;
    const run: Running = { namespaces, dir, otc, daemons: [], birds: [], clients: [], cloudLog: `${cloudDir}/charon.log`, viciPath: `${cloudDir}/charon.vici` };
    ctx.register(run);
    await createPair({
      cloudNs: namespaces[0],
      customerNs: namespaces[1],
      cloudAddress: m.localAddress,
      customerAddress: m.peerAddress,
      cloudHosts: lanHosts(m.localSubnets),
      customerHosts: lanHosts(m.peerSubnets),
    });
    const cloudDaemon = startCharon(namespaces[0], cloudDir, ctx.capability.extraPlugins);
    run.daemons.push(cloudDaemon);
    const customerDaemon = customer ? startCharon(namespaces[1], `${dir}/customer`, ctx.capability.extraPlugins) : undefined;
    if (customerDaemon) run.daemons.push(customerDaemon);
    const cloudVici = await ViciClient.connect(cloudDaemon.viciPath);
    run.clients.push(cloudVici);
    const customerVici = customerDaemon ? await ViciClient.connect(customerDaemon.viciPath) : undefined;
    if (customerVici) run.clients.push(customerVici);
    await Promise.all([loadSide(cloudVici, otc), customerVici && customer ? loadSide(customerVici, customer) : undefined]);
    if (m.style !== 'policy') {
      await Promise.all([
        plumbRouteBased(namespaces[0], otc, lanHosts(m.localSubnets)[0]),
        customer ? plumbRouteBased(namespaces[1], customer, lanHosts(m.peerSubnets)[0]) : undefined,
      ]);
      if (m.style === 'bgp' && ctx.capability.bird) {
        run.birds.push(startBird(namespaces[0], `${dir}/cloud`, m));
        if (customer) run.birds.push(startBird(namespaces[1], `${dir}/customer`, customer.model));
      }
    }
    ctx.negotiating();
    const initiated = await initiateAll(cloudVici, otc);
    const conn = otc.load.connections[0];
    const state = conn ? await listSas(cloudVici, conn.name) : { ike: undefined, installed: [] };
    if (!initiated.ok || !conn || !tunnelUp(state, conn.children)) {
      const lines = [...initiated.log, ...messagesOf(readCharonLog(run.cloudLog, LAB_LOG_HOST))];
      return { status: 'DOWN', reason: failureReason(lines, m.peerAddress) };
    }
    const probe = probeHosts(m);
    if (m.style !== 'policy' && probe) {
      const ok = await waitFor(() => ping(namespaces[0], probe.from, probe.to, 1), m.style === 'bgp' ? 10000 : 2500, 200);
      if (!ok) {
        const bird = run.birds[0];
        return { status: 'DOWN', reason: dataPathReason(probe.from, probe.to, m.style, bird ? await bgpState(bird) : undefined) };
      }
    }
    return { status: 'ACTIVE', reason: null, watch: { conn: conn.name, children: conn.children } };
  }

/** Stops everything of a pair and returns the OTC side's log lines, which outlive the pair. */
export async function tearDownRunning(run: Running): Promise<LabLogEntry[]> {
  for (const c of run.clients) c.close();
  await Promise.all([...run.birds.map(stopBird), ...run.daemons.map(stopCharon)]);
  const log = readCharonLog(run.cloudLog, LAB_LOG_HOST);
  await Promise.all(run.namespaces.map(deleteNamespace));
  rmSync(run.dir, { recursive: true, force: true });
  return log;
}

/** For exit handlers: nothing asynchronous runs any more, so kill and delete synchronously. */
export function stopRunningSync(run: Running): void {
  for (const p of [...run.daemons.map((d) => d.process), ...run.birds.map((b) => b.process)]) {
    if (p.exitCode === null) p.kill('SIGKILL');
  }
  run.namespaces.forEach(deleteNamespaceSync);
  rmSync(run.dir, { recursive: true, force: true });
}
