import type { Clock } from '../clock.ts';
import type { ConnectionLabHooks } from './lab-hooks.ts';
import type { ConnectionLifecycle } from './lifecycle.ts';
import type { ProjectState } from './types.ts';

/** What the resource services need from the store (kept apart so they do not import store.ts). */
export interface StoreContext {
  readonly clock: Clock;
  readonly lifecycle: ConnectionLifecycle;
  /** The project's state, seeded with demo data on first use. */
  project(projectId: string): ProjectState;
  /** A creation time later than every object of the project, so created_at is unique and increasing. */
  nextCreatedMs(project: ProjectState): number;
  /** Marks the state dirty so it is persisted soon. */
  changed(): void;
  /** The live IPsec lab (MOCK_LAB=1); absent otherwise. */
  readonly lab?: ConnectionLabHooks | undefined;
}
