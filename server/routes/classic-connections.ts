import { Hono } from 'hono';
import { classicRoutes } from '../../contract/classic/classic-paths.ts';
import {
  createIpsecSiteConnectionRequestSchema,
  updateIpsecSiteConnectionRequestSchema,
} from '../../contract/classic/ipsec-site-connection.ts';
import {
  createConnection,
  deleteConnection,
  getConnection,
  listConnections,
  updateConnection,
} from '../classic/classic-connections.ts';
import { idOf, tenantOf, type ClassicEnv } from '../classic/classic-env.ts';
import { noContent, parseClassicBody, selectFields } from '../classic/classic-http.ts';
import type { ClassicStore } from '../classic/classic-store.ts';
import { connectionView } from '../classic/classic-views.ts';

/** /v2.0/vpn/ipsec-site-connections: create (201), list, show, update, delete (204). */
export function classicConnectionRoutes(store: ClassicStore): Hono<ClassicEnv> {
  const routes = new Hono<ClassicEnv>();

  routes.post(classicRoutes.collection('connections'), async (c) => {
    const body = await parseClassicBody(c, createIpsecSiteConnectionRequestSchema, 'ipsec_site_connection');
    const created = createConnection(store, tenantOf(c), body.ipsec_site_connection);
    return c.json({ ipsec_site_connection: connectionView(created, 'create') }, 201);
  });

  routes.get(classicRoutes.collection('connections'), (c) => {
    const items = listConnections(store, tenantOf(c)).map((i) => selectFields(c, connectionView(i, 'show')));
    return c.json({ ipsec_site_connections: items });
  });

  routes.get(classicRoutes.item('connections'), (c) => {
    const { item } = getConnection(store, tenantOf(c), idOf(c));
    return c.json({ ipsec_site_connection: selectFields(c, connectionView(item, 'show')) });
  });

  routes.put(classicRoutes.item('connections'), async (c) => {
    // An unknown id is a 404 whatever the body says.
    getConnection(store, tenantOf(c), idOf(c));
    const body = await parseClassicBody(c, updateIpsecSiteConnectionRequestSchema, 'ipsec_site_connection');
    const updated = updateConnection(store, tenantOf(c), idOf(c), body.ipsec_site_connection);
    return c.json({ ipsec_site_connection: connectionView(updated, 'update') });
  });

  routes.delete(classicRoutes.item('connections'), (c) => {
    deleteConnection(store, tenantOf(c), idOf(c));
    return noContent(c);
  });

  return routes;
}
