import { Hono } from 'hono';
import { v5Routes } from '../../contract/api-paths.ts';
import type { AppEnv } from '../app-env.ts';
import { projectIdOf, respond } from '../respond.ts';
import type { MockStore } from '../store/store.ts';

/** GET /v5/{project_id}/vpn/quotas: quota and use of gateways, customer gateways and connections. */
export function quotaRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(v5Routes.quotas, (c) => respond(c, { quotas: { resources: store.quotas.list(projectIdOf(c)) } }));
  return routes;
}
