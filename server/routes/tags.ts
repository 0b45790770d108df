import { Hono } from 'hono';
import { v5Routes } from '../../contract/api-paths.ts';
import { TAG_RESOURCE_TYPES, tagsCreateRequestSchema, tagsDeleteRequestSchema } from '../../contract/quotas-tags.ts';
import { resourceInstancesQuerySchema, resourceInstancesRequestSchema } from '../../contract/tag-filter.ts';
import type { AppEnv } from '../app-env.ts';
import { idOf, projectIdOf } from '../respond.ts';
import type { MockStore } from '../store/store.ts';
import { parseBody, parseQuery } from '../validate.ts';

/**
 * The tag API for vpn-gateway, customer-gateway and vpn-connection. Mount it before the resource
 * routers: GET /vpn-connection/tags would otherwise be read as "show connection tags".
 * The query responses carry no request_id (the docs list none).
 */
export function tagRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  for (const type of TAG_RESOURCE_TYPES) {
    const at = (pattern: string) => pattern.replace(':resource_type', type);

    routes.get(at(v5Routes.projectTags), (c) => c.json({ tags: store.tags.projectTags(projectIdOf(c), type) }));

    routes.get(at(v5Routes.resourceTags), (c) => c.json({ tags: store.tags.list(projectIdOf(c), type, idOf(c)) }));

    routes.post(at(v5Routes.resourceTagsCreate), async (c) => {
      store.tags.list(projectIdOf(c), type, idOf(c));
      const body = await parseBody(c, tagsCreateRequestSchema);
      store.tags.add(projectIdOf(c), type, idOf(c), body.tags);
      return c.body(null, 204);
    });

    routes.post(at(v5Routes.resourceTagsDelete), async (c) => {
      store.tags.list(projectIdOf(c), type, idOf(c));
      const body = await parseBody(c, tagsDeleteRequestSchema);
      store.tags.remove(projectIdOf(c), type, idOf(c), body.tags);
      return c.body(null, 204);
    });

    routes.post(at(v5Routes.resourceInstancesFilter), async (c) => {
      const { limit, offset } = parseQuery(c, resourceInstancesQuerySchema);
      const body = await parseBody(c, resourceInstancesRequestSchema);
      return c.json(store.tags.filter(projectIdOf(c), type, body, limit, offset));
    });

    routes.post(at(v5Routes.resourceInstancesCount), async (c) => {
      const body = await parseBody(c, resourceInstancesRequestSchema);
      return c.json({ total_count: store.tags.count(projectIdOf(c), type, body) });
    });
  }
  return routes;
}
