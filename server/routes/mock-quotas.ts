import { Hono } from 'hono';
import { mockQuotasRequestSchema } from '../../contract/mock-quotas.ts';
import type { AppEnv } from '../app-env.ts';
import { projectIdOf } from '../respond.ts';
import type { MockStore } from '../store/store.ts';
import { parseBody } from '../validate.ts';

/**
 * POST /__mock/projects/{project_id}/quotas {vpn_gateway?, customer_gateway?, vpn_connection?}: sets a
 * project's quotas so tests can reach a limit. Mounted with the rest of the control API.
 */
export function mockQuotaRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/projects/:project_id/quotas', async (c) => {
    const quotas = await parseBody(c, mockQuotasRequestSchema);
    store.quotas.set(projectIdOf(c), quotas);
    return c.json({ resources: store.quotas.list(projectIdOf(c)) });
  });
  return routes;
}
