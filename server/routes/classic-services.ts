import { Hono } from 'hono';
import { classicRoutes } from '../../contract/classic/classic-paths.ts';
import {
  createEndpointGroupRequestSchema,
  createVpnServiceRequestSchema,
  updateEndpointGroupRequestSchema,
  updateVpnServiceRequestSchema,
} from '../../contract/classic/classic-resources.ts';
import { idOf, tenantOf, type ClassicEnv } from '../classic/classic-env.ts';
import { noContent, parseClassicBody, selectFields } from '../classic/classic-http.ts';
import { findById, findTracked } from '../classic/classic-lookups.ts';
import {
  createEndpointGroup,
  createVpnService,
  deleteEndpointGroup,
  deleteVpnService,
  updateEndpointGroup,
  updateVpnService,
} from '../classic/classic-network-ops.ts';
import type { ClassicStore } from '../classic/classic-store.ts';
import { serviceView } from '../classic/classic-views.ts';

/** /v2.0/vpn/vpnservices and /v2.0/vpn/endpoint-groups: create (201), list, show, update, delete (204). */
export function classicServiceRoutes(store: ClassicStore): Hono<ClassicEnv> {
  const routes = new Hono<ClassicEnv>();
  const svc = { list: classicRoutes.collection('vpnServices'), item: classicRoutes.item('vpnServices') };
  const eg = { list: classicRoutes.collection('endpointGroups'), item: classicRoutes.item('endpointGroups') };
  const service = (c: Parameters<typeof tenantOf>[0]) => findTracked(store.state(tenantOf(c)).vpnServices, idOf(c), 'service').item;

  routes.post(svc.list, async (c) => {
    const body = await parseClassicBody(c, createVpnServiceRequestSchema, 'vpnservice');
    return c.json({ vpnservice: serviceView(createVpnService(store, tenantOf(c), body.vpnservice), 'create') }, 201);
  });
  routes.get(svc.list, (c) => c.json({ vpnservices: store.state(tenantOf(c)).vpnServices.map((s) => selectFields(c, serviceView(s.item, 'show'))) }));
  routes.get(svc.item, (c) => c.json({ vpnservice: selectFields(c, serviceView(service(c), 'show')) }));
  routes.put(svc.item, async (c) => {
    service(c);
    const body = await parseClassicBody(c, updateVpnServiceRequestSchema, 'vpnservice');
    return c.json({ vpnservice: serviceView(updateVpnService(store, tenantOf(c), idOf(c), body.vpnservice), 'update') });
  });
  routes.delete(svc.item, (c) => {
    deleteVpnService(store, tenantOf(c), idOf(c));
    return noContent(c);
  });

  routes.post(eg.list, async (c) => {
    const body = await parseClassicBody(c, createEndpointGroupRequestSchema, 'endpoint_group');
    return c.json({ endpoint_group: createEndpointGroup(store, tenantOf(c), body.endpoint_group) }, 201);
  });
  routes.get(eg.list, (c) => c.json({ endpoint_groups: store.state(tenantOf(c)).endpointGroups.map((g) => selectFields(c, g)) }));
  routes.get(eg.item, (c) => c.json({ endpoint_group: selectFields(c, findById(store.state(tenantOf(c)).endpointGroups, idOf(c), 'group')) }));
  routes.put(eg.item, async (c) => {
    findById(store.state(tenantOf(c)).endpointGroups, idOf(c), 'group');
    const body = await parseClassicBody(c, updateEndpointGroupRequestSchema, 'endpoint_group');
    return c.json({ endpoint_group: updateEndpointGroup(store, tenantOf(c), idOf(c), body.endpoint_group) });
  });
  routes.delete(eg.item, (c) => {
    deleteEndpointGroup(store, tenantOf(c), idOf(c));
    return noContent(c);
  });

  return routes;
}
