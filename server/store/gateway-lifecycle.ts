import type { Clock } from '../clock.ts';
import { ProjectTimers } from './project-timers.ts';
import type { StoredGateway } from './types.ts';

/** What the gateway lifecycle needs from the store. */
export interface GatewayLifecycleHost {
  readonly clock: Clock;
  transitionMs(): number;
  /** Removes a gateway whose PENDING_DELETE has run out. */
  remove(projectId: string, gatewayId: string): void;
  changed(): void;
}

/**
 * Gateway status machine: PENDING_CREATE → ACTIVE, PENDING_UPDATE → ACTIVE, PENDING_DELETE → gone,
 * one transition time per step. Kept apart from the connection lifecycle, whose states differ.
 */
export class GatewayLifecycle {
  private readonly timers: ProjectTimers;

  constructor(private readonly host: GatewayLifecycleHost) {
    this.timers = new ProjectTimers(host.clock);
  }

  /** Puts the gateway into `status` (a PENDING_* state) and schedules the step out of it. */
  begin(projectId: string, gateway: StoredGateway, status: 'PENDING_CREATE' | 'PENDING_UPDATE' | 'PENDING_DELETE'): void {
    gateway.status = status;
    this.schedule(projectId, gateway);
  }

  /** Restarts the timers of gateways that were mid-transition when the state was saved. */
  resume(projectId: string, gateways: readonly StoredGateway[]): void {
    for (const gateway of gateways) if (gateway.status?.startsWith('PENDING_')) this.schedule(projectId, gateway);
  }

  cancelProject(projectId: string): void {
    this.timers.cancelProject(projectId);
  }

  cancelAll(): void {
    this.timers.cancelAll();
  }

  private schedule(projectId: string, gateway: StoredGateway): void {
    this.timers.schedule(projectId, gateway.id, this.host.transitionMs(), () => {
      if (gateway.status === 'PENDING_DELETE') {
        this.host.remove(projectId, gateway.id);
      } else if (gateway.status === 'PENDING_CREATE' || gateway.status === 'PENDING_UPDATE') {
        gateway.status = 'ACTIVE';
        gateway.updated_at = new Date(this.host.clock.now()).toISOString();
      }
      this.host.changed();
    });
  }
}
