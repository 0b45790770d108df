import type { Clock } from '../clock.ts';

/**
 * One pending timer per object of a project (key `projectId/objectId`): scheduling again replaces the pending
 * one, a fired timer forgets itself, and a project reset or shutdown cancels in bulk.
 */
export class ProjectTimers {
  private readonly timers = new Map<string, () => void>();

  constructor(private readonly clock: Clock) {}

  schedule(projectId: string, id: string, ms: number, fire: () => void): void {
    const key = `${projectId}/${id}`;
    this.cancel(projectId, id);
    const cancel = this.clock.schedule(ms, () => {
      this.timers.delete(key);
      fire();
    });
    this.timers.set(key, cancel);
  }

  cancel(projectId: string, id: string): void {
    const key = `${projectId}/${id}`;
    this.timers.get(key)?.();
    this.timers.delete(key);
  }

  cancelProject(projectId: string): void {
    for (const [key, cancel] of this.timers) {
      if (key.startsWith(`${projectId}/`)) {
        cancel();
        this.timers.delete(key);
      }
    }
  }

  cancelAll(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }
}
