import { Hono } from 'hono';
import { z } from 'zod';
import { v5Routes } from '../../contract/api-paths.ts';
import { createCustomerGatewayRequestSchema, updateCustomerGatewayRequestSchema } from '../../contract/customer-gateway.ts';
import type { AppEnv } from '../app-env.ts';
import { idOf, projectIdOf, respond } from '../respond.ts';
import type { MockStore } from '../store/store.ts';
import { parseQuery, parseWrappedBody } from '../validate.ts';

const LIMIT_MESSAGE = 'limit must be a whole number from 0 to 200';
/** Query of GET /customer-gateways (exported for the OpenAPI document). */
export const customerGatewayListQuerySchema = z
  .object({
    limit: z.coerce.number({ error: LIMIT_MESSAGE }).int(LIMIT_MESSAGE).min(0, LIMIT_MESSAGE).max(200, LIMIT_MESSAGE).optional(),
    marker: z.string().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.marker !== undefined && q.limit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['marker'], message: 'marker must be used together with limit' });
    }
  });

/** /v5/{project_id}/customer-gateways: create (201), list, show, rename, delete (204). */
export function customerGatewayRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post(v5Routes.customerGateways, async (c) => {
    const body = await parseWrappedBody(c, createCustomerGatewayRequestSchema, 'customer_gateway');
    return respond(c, { customer_gateway: store.customerGateways.create(projectIdOf(c), body.customer_gateway) }, 201);
  });

  routes.get(v5Routes.customerGateways, (c) => {
    const query = parseQuery(c, customerGatewayListQuerySchema);
    const page = store.customerGateways.list(projectIdOf(c), query.limit, query.marker);
    return respond(c, { customer_gateways: page.items, page_info: page.page_info, total_count: page.total_count });
  });

  routes.get(v5Routes.customerGateway, (c) => respond(c, { customer_gateway: store.customerGateways.get(projectIdOf(c), idOf(c)) }));

  routes.put(v5Routes.customerGateway, async (c) => {
    store.customerGateways.get(projectIdOf(c), idOf(c));
    const body = await parseWrappedBody(c, updateCustomerGatewayRequestSchema, 'customer_gateway');
    return respond(c, { customer_gateway: store.customerGateways.rename(projectIdOf(c), idOf(c), body.customer_gateway.name) });
  });

  routes.delete(v5Routes.customerGateway, (c) => {
    store.customerGateways.remove(projectIdOf(c), idOf(c));
    c.header('X-Request-Id', c.var.requestId);
    return c.body(null, 204);
  });

  return routes;
}
