import { Hono } from 'hono';
import { v5Routes } from '../../contract/api-paths.ts';
import {
  createVpnConnectionRequestSchema,
  updateVpnConnectionRequestSchema,
  vpnConnectionListQuerySchema,
} from '../../contract/vpn-connection.ts';
import type { AppEnv } from '../app-env.ts';
import { idOf, projectIdOf, respond } from '../respond.ts';
import type { MockStore } from '../store/store.ts';
import { parseQuery, parseWrappedBody } from '../validate.ts';

// The create and update response tables have no status (only show and list do): clients poll the show endpoint.
function withoutStatus<T extends { status?: unknown }>(connection: T): Omit<T, 'status'> {
  const { status: _status, ...rest } = connection;
  return rest;
}

/** /v5/{project_id}/vpn-connection: create (201), list, show, update, delete (204). */
export function vpnConnectionRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post(v5Routes.vpnConnections, async (c) => {
    const body = await parseWrappedBody(c, createVpnConnectionRequestSchema, 'vpn_connection');
    const connection = store.vpnConnections.create(projectIdOf(c), body.vpn_connection);
    return respond(c, { vpn_connection: withoutStatus(connection) }, 201);
  });

  routes.get(v5Routes.vpnConnections, (c) => {
    const query = parseQuery(c, vpnConnectionListQuerySchema);
    const page = store.vpnConnections.list(projectIdOf(c), query);
    return respond(c, { vpn_connections: page.items, page_info: page.page_info, total_count: page.total_count });
  });

  routes.get(v5Routes.vpnConnection, (c) => {
    return respond(c, { vpn_connection: store.vpnConnections.get(projectIdOf(c), idOf(c)) });
  });

  routes.put(v5Routes.vpnConnection, async (c) => {
    // Unknown id first: a PUT to a connection that does not exist is a 404 whatever the body says.
    store.vpnConnections.get(projectIdOf(c), idOf(c));
    const body = await parseWrappedBody(c, updateVpnConnectionRequestSchema, 'vpn_connection');
    const connection = store.vpnConnections.update(projectIdOf(c), idOf(c), body.vpn_connection);
    return respond(c, { vpn_connection: withoutStatus(connection) });
  });

  routes.delete(v5Routes.vpnConnection, (c) => {
    store.vpnConnections.remove(projectIdOf(c), idOf(c));
    c.header('X-Request-Id', c.var.requestId);
    return c.body(null, 204);
  });

  return routes;
}
