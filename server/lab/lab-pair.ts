import type { LabConnection, LabMistake } from '../../contract/lab-control.ts';
import type { V5DeviceInput } from '../../contract/device-config/v5-model.ts';
import type { LabCapability } from './capability.ts';
import { bringUpPair, LAB_LOG_HOST, stopRunningSync, tearDownRunning, type PairSpec, type Running } from './lab-bringup.ts';
import { messagesOf, readCharonLog, LAB_LOG_LIMIT, type LabLogEntry } from './lab-logs.ts';
import { probeHosts } from './lab-models.ts';
import type { LabNames } from './lab-names.ts';
import { listSas } from './lab-negotiate.ts';
import { failureReason, tunnelUp, type LabStatus } from './lab-status.ts';
import { ping } from './netns.ts';
import { ViciClient } from './vici-client.ts';

// One v5 connection backed by two namespaces and two charons. Every operation on a pair runs in order
// (start, mistake, update, stop), so a teardown never races a bring-up.



export class LabPair {
  phase: LabConnection['phase'] = 'starting';
  status: LabStatus | null = null;
  reason: string | null = null;
  mistake: LabMistake = 'none';
  settleMs: number | null = null;
  private running: Running | undefined;
  private history: LabLogEntry[] = [];
  private queue: Promise<void> = Promise.resolve();
  private startedAt = 0;

  constructor(
    private spec: PairSpec,
    private readonly names: LabNames,
    private readonly capability: LabCapability,
    private readonly onSettled: (pair: LabPair) => void,
  ) {}

  get id(): string {
    return this.spec.connectionId;
  }

  private enqueue(op: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(op, op);
    return this.queue;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.bringUp());
  }

  setMistake(mistake: LabMistake): Promise<void> {
    return this.enqueue(async () => {
      await this.tearDown();
      this.mistake = mistake;
      await this.bringUp();
    });
  }

  /** The connection changed (PUT): renegotiate with its new parameters (and new PSK, when one was sent). */
  restart(input: V5DeviceInput, psk: string): Promise<void> {
    return this.enqueue(async () => {
      await this.tearDown();
      this.spec = { ...this.spec, input, psk };
      await this.bringUp();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(async () => {
      await this.tearDown();
      this.phase = 'stopped';
    });
  }

  snapshot(): LabConnection {
    return { project_id: this.spec.projectId, id: this.spec.connectionId, phase: this.phase, status: this.status, reason: this.reason, mistake: this.mistake, settle_ms: this.settleMs };
  }

  private settle(status: LabStatus, reason: string | null): void {
    this.status = status;
    this.reason = reason;
    this.phase = status === 'ERROR' ? 'failed' : 'settled';
    this.settleMs = Date.now() - this.startedAt;
    this.onSettled(this);
  }

  private async bringUp(): Promise<void> {
    this.startedAt = Date.now();
    this.phase = 'starting';
    this.status = null;
    this.reason = null;
    try {
      await this.negotiate();
    } catch (error) {
      this.settle('ERROR', `The lab could not run this connection: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async negotiate(): Promise<void> {
    const outcome = await bringUpPair({
      spec: this.spec,
      names: this.names,
      capability: this.capability,
      mistake: this.mistake,
      register: (run) => (this.running = run),
      negotiating: () => (this.phase = 'negotiating'),
    });
    this.settle(outcome.status, outcome.reason);
    if (outcome.status === 'ACTIVE' && outcome.watch && this.running) await this.watch(this.running, outcome.watch.conn, outcome.watch.children);
  }

  /** After ACTIVE: an ike/child down event (DPD, peer gone) re-reads the SA state. */
  private async watch(run: Running, conn: string, children: string[]): Promise<void> {
    const events = await ViciClient.connect(run.viciPath);
    run.clients.push(events);
    events.onEvent((_name, message) => {
      if (message.up === 'yes' || this.status !== 'ACTIVE') return;
      void this.enqueue(async () => {
        const current = this.running;
        const client = current?.clients[0];
        if (!current || !client || this.status !== 'ACTIVE') return;
        const state = await listSas(client, conn).catch(() => ({ ike: undefined, installed: [] }));
        if (!tunnelUp(state, children)) {
          this.settle('DOWN', failureReason(messagesOf(readCharonLog(current.cloudLog, LAB_LOG_HOST)).slice(-40), current.otc.model.peerAddress));
        }
      });
    });
    await events.subscribe(['ike-updown', 'child-updown']);
  }

  private async tearDown(): Promise<void> {
    const run = this.running;
    if (!run) return;
    this.running = undefined;
    this.history = [...this.history, ...(await tearDownRunning(run))].slice(-LAB_LOG_LIMIT);
  }

  /** For exit handlers: nothing asynchronous runs any more, so kill and delete synchronously. */
  stopSync(): void {
    const run = this.running;
    if (!run) return;
    this.running = undefined;
    stopRunningSync(run);
    this.phase = 'stopped';
  }

  logs(): LabLogEntry[] {
    const current = this.running ? readCharonLog(this.running.cloudLog, LAB_LOG_HOST) : [];
    return [...this.history, ...current].slice(-LAB_LOG_LIMIT);
  }

  /** A ping between the two LANs (first subnet hosts), from the OTC side. */
  async ping(): Promise<boolean> {
    const run = this.running;
    const probe = run ? probeHosts(run.otc.model) : undefined;
    return run && probe ? ping(run.namespaces[0], probe.from, probe.to, 2) : false;
  }

  /** Process ids of the daemons (charon, bird) of this pair, for memory figures. */
  pids(): number[] {
    const run = this.running;
    return run ? [...run.daemons, ...run.birds].map((d) => d.process.pid).filter((p): p is number => p !== undefined) : [];
  }

  namespaces(): readonly string[] {
    return this.running?.namespaces ?? [];
  }
}
