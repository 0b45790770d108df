import { Hono } from 'hono';
import { v5Routes } from '../../contract/api-paths.ts';
import type { AppEnv } from '../app-env.ts';
import { idOf, projectIdOf, respond } from '../respond.ts';
import type { MockStore } from '../store/store.ts';

/** /v5/{project_id}/vpn-gateways: list and show (read-only in the mock). */
export function vpnGatewayRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(v5Routes.vpnGateways, (c) => respond(c, { vpn_gateways: store.vpnGateways.list(projectIdOf(c)) }));
  routes.get(v5Routes.vpnGateway, (c) => respond(c, { vpn_gateway: store.vpnGateways.get(projectIdOf(c), idOf(c)) }));
  return routes;
}
