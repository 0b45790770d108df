import { systemClock, type Clock } from '../clock.ts';
import { otcTimestamp } from '../ids.ts';
import { PersistenceError, type StateFile } from '../persistence.ts';
import { seedProject, type SeedOptions } from '../seed.ts';
import type { StoreContext } from './context.ts';
import type { ConnectionLabHooks } from './lab-hooks.ts';
import { GatewayAdminService } from './gateway-admin.ts';
import { GatewayLifecycle } from './gateway-lifecycle.ts';
import { CustomerGatewayService, VpnGatewayService } from './gateways.ts';
import { ConnectionLifecycle } from './lifecycle.ts';
import { QuotaService } from './quotas.ts';
import { RequestLog } from './request-log.ts';
import { TagService } from './tags.ts';
import { STATE_FORMAT, STATE_VERSION, stateSnapshotSchema, type ProjectState, type StateSnapshot } from './types.ts';
import { VpnConnectionService } from './vpn-connections.ts';

export interface StoreOptions {
  /** Time source and timers; tests pass a manual clock. @default systemClock */
  clock?: Clock;
  /** Time per status transition step. @default 3000 */
  transitionMs?: number;
  /** JSON persistence; omitted = in memory only. */
  stateFile?: StateFile;
  /** Builds a project's initial state on first use. @default the demo seed */
  seed?: (projectId: string, nowMs: number, options: SeedOptions) => ProjectState;
  /** The live IPsec lab (MOCK_LAB=1, server/lab/); omitted = simulated statuses only. */
  lab?: ConnectionLabHooks;
}

/**
 * The mock's state: one ProjectState per project id, created (seeded) on first use, plus the
 * status lifecycle timers and persistence. Routes talk to the resource services hung off it.
 */
export class MockStore implements StoreContext {
  readonly clock: Clock;
  readonly lifecycle: ConnectionLifecycle;
  readonly requests = new RequestLog();
  readonly vpnConnections: VpnConnectionService;
  readonly vpnGateways: VpnGatewayService;
  readonly customerGateways: CustomerGatewayService;
  readonly lab: ConnectionLabHooks | undefined;
  readonly gatewayLifecycle: GatewayLifecycle;
  readonly gatewayAdmin: GatewayAdminService;
  readonly quotas: QuotaService;
  readonly tags: TagService;
  private transition: number;
  private readonly projects = new Map<string, ProjectState>();
  private readonly stateFile: StateFile | undefined;
  private readonly seed: NonNullable<StoreOptions['seed']>;

  constructor(options: StoreOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.transition = options.transitionMs ?? 3000;
    this.stateFile = options.stateFile;
    this.seed = options.seed ?? seedProject;
    this.lab = options.lab;
    this.lifecycle = new ConnectionLifecycle({
      clock: this.clock,
      transitionMs: () => this.transition,
      remove: (projectId, id) => {
        const project = this.projects.get(projectId);
        if (project) project.vpnConnections = project.vpnConnections.filter((r) => r.connection.id !== id);
      },
      changed: () => this.changed(),
    });
    this.vpnConnections = new VpnConnectionService(this);
    this.vpnGateways = new VpnGatewayService(this);
    this.customerGateways = new CustomerGatewayService(this);
    this.gatewayLifecycle = new GatewayLifecycle({
      clock: this.clock,
      transitionMs: () => this.transition,
      remove: (projectId, id) => {
        const project = this.projects.get(projectId);
        if (project) project.vpnGateways = project.vpnGateways.filter((g) => g.id !== id);
      },
      changed: () => this.changed(),
    });
    this.gatewayAdmin = new GatewayAdminService(this, this.gatewayLifecycle);
    this.quotas = new QuotaService(this);
    this.tags = new TagService(this);
  }

  get transitionMs(): number {
    return this.transition;
  }

  set transitionMs(ms: number) {
    this.transition = ms;
  }

  project(projectId: string): ProjectState {
    let project = this.projects.get(projectId);
    if (!project) {
      project = this.seed(projectId, this.clock.now(), {});
      this.projects.set(projectId, project);
      this.changed();
    }
    return project;
  }

  hasProject(projectId: string): boolean {
    return this.projects.has(projectId);
  }

  /** Resets one project to the seed (control API). */
  seedProject(projectId: string, options: SeedOptions): ProjectState {
    this.lifecycle.cancelProject(projectId);
    this.gatewayLifecycle.cancelProject(projectId);
    this.lab?.reset(projectId);
    this.requests.clear(projectId);
    const project = this.seed(projectId, this.clock.now(), options);
    this.projects.set(projectId, project);
    this.changed();
    return project;
  }

  /** Forgets every project; the next request to one seeds it afresh. */
  reset(): void {
    this.lifecycle.cancelAll();
    this.lab?.reset();
    this.gatewayLifecycle.cancelAll();
    this.requests.clear();
    this.projects.clear();
    this.changed();
  }

  nextCreatedMs(project: ProjectState): number {
    return Math.max(this.clock.now(), project.lastCreatedMs + 1);
  }

  changed(): void {
    this.stateFile?.scheduleSave(() => this.snapshot());
  }

  snapshot(): StateSnapshot {
    return {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      saved_at: otcTimestamp(this.clock.now()),
      projects: Object.fromEntries(this.projects),
    };
  }

  /**
   * Restores the saved state (if the file exists) and restarts pending transitions. Throws
   * PersistenceError for a file that is not a valid state file; the file is left untouched.
   */
  load(): number {
    if (!this.stateFile) return 0;
    const raw = this.stateFile.load();
    if (raw === undefined) return 0;
    const parsed = stateSnapshotSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      throw new PersistenceError(`${this.stateFile.path} is not a mock state file this version understands (${first?.message ?? 'unknown problem'}${where})`);
    }
    this.lifecycle.cancelAll();
    this.gatewayLifecycle.cancelAll();
    this.projects.clear();
    for (const [projectId, project] of Object.entries(parsed.data.projects)) {
      this.projects.set(projectId, project);
      this.lifecycle.resume(projectId, project.vpnConnections);
      this.gatewayLifecycle.resume(projectId, project.vpnGateways);
    }
    return this.projects.size;
  }

  /** Stops the timers and writes pending state synchronously (shutdown). */
  close(): void {
    this.lifecycle.cancelAll();
    this.gatewayLifecycle.cancelAll();
    this.stateFile?.flushSync();
  }
}
