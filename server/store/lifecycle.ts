import type { ConnectionStatus } from '../../contract/status.ts';
import type { Clock } from '../clock.ts';
import { ProjectTimers } from './project-timers.ts';
import { SETTLED_STATUSES, type ConnectionRecord, type SettledStatus } from './types.ts';

/** What the lifecycle needs from the store. */
export interface LifecycleHost {
  readonly clock: Clock;
  transitionMs(): number;
  /** Removes a connection whose PENDING_DELETE has run out. */
  remove(projectId: string, connectionId: string): void;
  changed(): void;
}

type Step = { kind: 'status'; status: ConnectionStatus } | { kind: 'remove' } | undefined;

/**
 * The next step of the status machine (issue 2, point 11):
 * create → PENDING_CREATE → DOWN ("not connected" until the customer device talks) → ACTIVE (or the
 * seeded DOWN/ERROR), update → PENDING_UPDATE → the previous status, delete → PENDING_DELETE → gone.
 */
function nextStep(record: ConnectionRecord): Step {
  const { status } = record.connection;
  switch (status) {
    case 'PENDING_CREATE':
      return { kind: 'status', status: 'DOWN' };
    case 'PENDING_UPDATE':
      return { kind: 'status', status: record.resume ?? record.settle };
    case 'PENDING_DELETE':
      return { kind: 'remove' };
    case 'DOWN':
      return record.settle === 'DOWN' ? undefined : { kind: 'status', status: record.settle };
    default:
      return undefined;
  }
}

export function isSettledStatus(status: ConnectionStatus): status is SettledStatus {
  return (SETTLED_STATUSES as readonly string[]).includes(status);
}

/** One timer per connection drives its status forward, one step per transition time. */
export class ConnectionLifecycle {
  private readonly timers: ProjectTimers;

  constructor(private readonly host: LifecycleHost) {
    this.timers = new ProjectTimers(host.clock);
  }

  created(projectId: string, record: ConnectionRecord): void {
    record.connection.status = 'PENDING_CREATE';
    this.scheduleNext(projectId, record);
  }

  updated(projectId: string, record: ConnectionRecord): void {
    record.resume = record.connection.status;
    record.connection.status = 'PENDING_UPDATE';
    this.scheduleNext(projectId, record);
  }

  deleting(projectId: string, record: ConnectionRecord): void {
    record.connection.status = 'PENDING_DELETE';
    this.scheduleNext(projectId, record);
  }

  /** Forces a status (control API). A settled status also becomes where the connection rests. */
  forced(projectId: string, record: ConnectionRecord, status: ConnectionStatus): void {
    if (isSettledStatus(status)) record.settle = status;
    if (status === 'PENDING_UPDATE') record.resume = record.settle;
    record.connection.status = status;
    this.scheduleNext(projectId, record);
  }

  /** Restarts the timers of connections that were mid-transition when the state was saved. */
  resume(projectId: string, records: readonly ConnectionRecord[]): void {
    for (const record of records) if (nextStep(record)) this.scheduleNext(projectId, record);
  }

  cancel(projectId: string, connectionId: string): void {
    this.timers.cancel(projectId, connectionId);
  }

  cancelProject(projectId: string): void {
    this.timers.cancelProject(projectId);
  }

  cancelAll(): void {
    this.timers.cancelAll();
  }

  private scheduleNext(projectId: string, record: ConnectionRecord): void {
    const id = record.connection.id;
    this.cancel(projectId, id);
    if (!nextStep(record)) return;
    this.timers.schedule(projectId, id, this.host.transitionMs(), () => {
      const step = nextStep(record);
      if (!step) return;
      if (step.kind === 'remove') {
        this.host.remove(projectId, id);
      } else {
        record.connection.status = step.status;
        if (step.status !== 'PENDING_UPDATE') record.resume = undefined;
        this.scheduleNext(projectId, record);
      }
      this.host.changed();
    });
  }
}
