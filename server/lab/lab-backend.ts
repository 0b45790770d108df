import { mkdirSync, rmSync } from 'node:fs';
import type { LabConnection, LabMistake, LabStatusResponse } from '../../contract/lab-control.ts';
import { isTransitional } from '../../contract/status.ts';
import type { UpdateVpnConnection } from '../../contract/vpn-connection.ts';
import type { V5DeviceInput } from '../../contract/device-config/v5-model.ts';
import type { ConnectionLabHooks } from '../store/lab-hooks.ts';
import type { ConnectionLifecycle } from '../store/lifecycle.ts';
import type { ConnectionRecord, ProjectState } from '../store/types.ts';
import type { LabCapability } from './capability.ts';
import type { LabLogEntry } from './lab-logs.ts';
import { labNames, type LabNames } from './lab-names.ts';
import { LabPair } from './lab-pair.ts';
import { cleanStaleLabs } from './netns.ts';

/** What the lab needs from the store (MockStore has all of it). */
export interface LabStoreHost {
  project(projectId: string): ProjectState;
  readonly lifecycle: ConnectionLifecycle;
  changed(): void;
}

interface Entry {
  projectId: string;
  record: ConnectionRecord;
  pair: LabPair;
  psk: string;
}

/**
 * MOCK_LAB=1: every v5 connection created through the API gets a real tunnel pair; its status follows the real
 * SA state. Seeded connections keep the simulated lifecycle (the lab never knew their keys).
 */
export class LabBackend implements ConnectionLabHooks {
  readonly names: LabNames;
  private readonly entries = new Map<string, Entry>();
  private host: LabStoreHost | undefined;
  private seq = 0;
  /** What start-up removed from crashed runs before. */
  readonly staleRemoved: string[];

  constructor(readonly capability: LabCapability, root?: string) {
    this.staleRemoved = cleanStaleLabs(root);
    this.names = labNames(root);
    mkdirSync(this.names.dir, { recursive: true });
  }

  attach(host: LabStoreHost): void {
    this.host = host;
  }

  private key(projectId: string, id: string): string {
    return `${projectId}/${id}`;
  }

  private input(projectId: string, record: ConnectionRecord): V5DeviceInput {
    const project = this.host?.project(projectId);
    const c = record.connection;
    return {
      connection: c,
      gateway: project?.vpnGateways.find((g) => g.id === c.vgw_id),
      customerGateway: project?.customerGateways.find((g) => g.id === c.cgw_id),
    };
  }

  private apply(entry: Entry): void {
    const { pair, record, projectId } = entry;
    const host = this.host;
    if (!pair.status || !host) return;
    const current = record.connection.status;
    if (isTransitional(current)) {
      // The lifecycle lands here once the transition is over.
      record.settle = pair.status;
      if (current === 'PENDING_UPDATE') record.resume = pair.status;
    } else if (current !== 'FREEZED') {
      host.lifecycle.forced(projectId, record, pair.status);
    }
    host.changed();
  }

  created(projectId: string, record: ConnectionRecord, psk: string): void {
    // Until the real tunnel says otherwise the connection is "not connected", not the mock's usual ACTIVE.
    record.settle = 'DOWN';
    const id = record.connection.id;
    const key = this.key(projectId, id);
    const spec = { projectId, connectionId: id, seq: ++this.seq, input: this.input(projectId, record), psk };
    const pair = new LabPair(spec, this.names, this.capability, () => {
      const entry = this.entries.get(key);
      if (entry?.pair === pair) this.apply(entry);
    });
    this.entries.set(key, { projectId, record, psk, pair });
    void pair.start();
  }

  updated(projectId: string, record: ConnectionRecord, patch: UpdateVpnConnection): void {
    const entry = this.entries.get(this.key(projectId, record.connection.id));
    if (!entry) return;
    if (patch.psk !== undefined) entry.psk = patch.psk;
    void entry.pair.restart(this.input(projectId, record), entry.psk);
  }

  removed(projectId: string, connectionId: string): void {
    const key = this.key(projectId, connectionId);
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    void entry.pair.stop();
  }

  reset(projectId?: string): void {
    for (const entry of [...this.entries.values()]) {
      if (projectId === undefined || entry.projectId === projectId) this.removed(entry.projectId, entry.record.connection.id);
    }
  }

  logs(projectId: string, connectionId: string): LabLogEntry[] | undefined {
    return this.entries.get(this.key(projectId, connectionId))?.pair.logs();
  }

  status(): LabStatusResponse {
    return { enabled: true, connections: [...this.entries.values()].map((e) => e.pair.snapshot()) };
  }

  pair(projectId: string, connectionId: string): LabPair | undefined {
    return this.entries.get(this.key(projectId, connectionId))?.pair;
  }

  /** Applies a simulated customer-side mistake and resolves once the pair has renegotiated. */
  async mistake(projectId: string, connectionId: string, mistake: LabMistake): Promise<LabConnection | undefined> {
    const entry = this.entries.get(this.key(projectId, connectionId));
    if (!entry) return undefined;
    await entry.pair.setMistake(mistake);
    return entry.pair.snapshot();
  }

  /** Tears every pair down (graceful stop of the server). */
  async shutdown(): Promise<void> {
    const pairs = [...this.entries.values()].map((e) => e.pair);
    this.entries.clear();
    await Promise.all(pairs.map((p) => p.stop()));
    rmSync(this.names.dir, { recursive: true, force: true });
  }

  /** The same, synchronously, for signal and exit handlers. */
  shutdownSync(): void {
    for (const e of this.entries.values()) e.pair.stopSync();
    this.entries.clear();
    rmSync(this.names.dir, { recursive: true, force: true });
  }
}
