import { Hono } from 'hono';
import { v5Routes } from '../../contract/api-paths.ts';
import {
  createVpnGatewayRequestSchema,
  updateSpecificationRequestSchema,
  updateVpnGatewayRequestSchema,
} from '../../contract/vpn-gateway-requests.ts';
import type { AppEnv } from '../app-env.ts';
import { idOf, projectIdOf, respond } from '../respond.ts';
import { AVAILABILITY_ZONES } from '../store/availability-zones.ts';
import type { MockStore } from '../store/store.ts';
import { parseWrappedBody } from '../validate.ts';

/** /v5/{project_id}/vpn-gateways: create (201), list, show, update, change of specification, delete (204), AZs. */
export function vpnGatewayRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  // Before the :id route, which would otherwise read "availability-zones" as a gateway id.
  routes.get(v5Routes.vpnGatewayAvailabilityZones, (c) => respond(c, { availability_zones: AVAILABILITY_ZONES }));

  routes.post(v5Routes.vpnGateways, async (c) => {
    const body = await parseWrappedBody(c, createVpnGatewayRequestSchema, 'vpn_gateway');
    return respond(c, { vpn_gateway: store.gatewayAdmin.create(projectIdOf(c), body.vpn_gateway) }, 201);
  });

  routes.get(v5Routes.vpnGateways, (c) => respond(c, { vpn_gateways: store.vpnGateways.list(projectIdOf(c)) }));
  routes.get(v5Routes.vpnGateway, (c) => respond(c, { vpn_gateway: store.vpnGateways.get(projectIdOf(c), idOf(c)) }));

  routes.put(v5Routes.vpnGateway, async (c) => {
    store.gatewayAdmin.assertExists(projectIdOf(c), idOf(c));
    const body = await parseWrappedBody(c, updateVpnGatewayRequestSchema, 'vpn_gateway');
    return respond(c, { vpn_gateway: store.gatewayAdmin.update(projectIdOf(c), idOf(c), body.vpn_gateway) });
  });

  routes.post(v5Routes.vpnGatewaySpecification, async (c) => {
    store.gatewayAdmin.assertExists(projectIdOf(c), idOf(c));
    const body = await parseWrappedBody(c, updateSpecificationRequestSchema, 'vpn_gateway');
    return respond(c, { vpn_gateway: store.gatewayAdmin.updateSpecification(projectIdOf(c), idOf(c), body.vpn_gateway.flavor) });
  });

  routes.delete(v5Routes.vpnGateway, (c) => {
    store.gatewayAdmin.remove(projectIdOf(c), idOf(c));
    c.header('X-Request-Id', c.var.requestId);
    return c.body(null, 204);
  });

  return routes;
}
