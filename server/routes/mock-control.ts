import { Hono } from 'hono';
import {
  mockConfigRequestSchema,
  mockConnectionStatusRequestSchema,
  mockSeedRequestSchema,
  type MockSeedResponse,
} from '../../contract/mock-control.ts';
import type { AppEnv } from '../app-env.ts';
import { seedClassic } from '../classic/classic-seed.ts';
import { idOf, projectIdOf } from '../respond.ts';
import type { MockStore } from '../store/store.ts';
import { parseBody } from '../validate.ts';

/**
 * /__mock/*: test control for e2e fixtures (see contract/mock-control.ts). Mounted only when
 * MOCK_CONTROL=1 or NODE_ENV=test; it is not part of the OTC API.
 */
export function mockControlRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/reset', (c) => {
    store.reset();
    return c.body(null, 204);
  });

  routes.post('/projects/:project_id/seed', async (c) => {
    const options = await parseBody(c, mockSeedRequestSchema);
    const projectId = projectIdOf(c);
    const project = store.seedProject(projectId, options);
    // Classic objects are seeded on first classic call; an empty project gets only its VPCs and subnets.
    if (options.empty) project.classic = seedClassic(projectId, store.clock.now(), { empty: true });
    const summary: MockSeedResponse = {
      project_id: projectId,
      vpn_gateways: project.vpnGateways.length,
      customer_gateways: project.customerGateways.length,
      vpn_connections: project.vpnConnections.length,
    };
    return c.json(summary);
  });

  routes.post('/config', async (c) => {
    const { transition_ms } = await parseBody(c, mockConfigRequestSchema);
    store.transitionMs = transition_ms;
    return c.json({ transition_ms: store.transitionMs });
  });

  routes.get('/projects/:project_id/requests', (c) => c.json({ requests: store.requests.list(projectIdOf(c)) }));

  routes.post('/projects/:project_id/vpn-connections/:id/status', async (c) => {
    const { status } = await parseBody(c, mockConnectionStatusRequestSchema);
    const connection = store.vpnConnections.forceStatus(projectIdOf(c), idOf(c), status);
    return c.json({ vpn_connection: connection, request_id: c.var.requestId });
  });

  return routes;
}
