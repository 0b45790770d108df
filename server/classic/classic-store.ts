import { neutronTimestamp } from '../../contract/classic/classic-common.ts';
import type { StoreContext } from '../store/context.ts';
import { advance } from './classic-lifecycle.ts';
import { seedClassic, type ClassicSeedOptions } from './classic-seed.ts';
import type { ClassicState } from './classic-state.ts';

/** What the classic store needs from the mock store (MockStore satisfies it). */
export interface ClassicHost extends StoreContext {
  readonly transitionMs: number;
}

/** Access to a tenant's classic state: seeded on first use, status steps applied on every read. */
export class ClassicStore {
  constructor(private readonly host: ClassicHost) {}

  now(): number {
    return this.host.clock.now();
  }

  state(tenant: string): ClassicState {
    const project = this.host.project(tenant);
    if (!project.classic) {
      project.classic = seedClassic(tenant, this.now());
      this.host.changed();
    }
    const state = project.classic;
    const now = this.now();
    const services = advance(state.vpnServices, now, this.host.transitionMs, false);
    const connections = advance(state.connections, now, this.host.transitionMs, true);
    if (services.changed || connections.changed) {
      state.vpnServices = services.list;
      state.connections = connections.list;
      this.host.changed();
    }
    return state;
  }

  /** Replaces a tenant's classic state with the seed (control API). */
  reseed(tenant: string, options: ClassicSeedOptions): ClassicState {
    const project = this.host.project(tenant);
    project.classic = seedClassic(tenant, this.now(), options);
    this.host.changed();
    return project.classic;
  }

  /** A unique, increasing creation time in Neutron's format. */
  createdAt(tenant: string): string {
    const project = this.host.project(tenant);
    const ms = this.host.nextCreatedMs(project);
    project.lastCreatedMs = ms;
    return neutronTimestamp(new Date(ms));
  }

  changed(): void {
    this.host.changed();
  }
}
