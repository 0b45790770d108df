import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { renderApiDocsPage } from './api-docs-page.ts';
import { buildOpenApiDocument } from './document.ts';

/** GET /openapi.json (the generated OpenAPI 3.1 document) and GET /api-docs (the same as a browsable page). */
export function openApiRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // Built on first request: the schemas do not change while the server runs.
  let document: Record<string, unknown> | undefined;
  let page: string | undefined;
  const doc = () => (document ??= buildOpenApiDocument());
  routes.get('/openapi.json', (c) => c.json(doc()));
  routes.get('/api-docs', (c) => c.html((page ??= renderApiDocsPage(doc()))));
  return routes;
}
