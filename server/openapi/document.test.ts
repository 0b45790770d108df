import { describe, expect, it } from 'vitest';
import { setup } from '../test-support.ts';
import { buildOpenApiDocument } from './document.ts';
import { API_OPERATIONS } from './routes.ts';

type Json = Record<string, unknown>;

const segments = (path: string) => path.split('/').filter(Boolean);
const isParam = (segment: string) => segment.startsWith(':') || (segment.startsWith('{') && segment.endsWith('}'));

/** Whether the documented template (`{x}` params) describes the mounted Hono route (`:x` params or literals). */
function describes(template: string, route: string): boolean {
  const [t, r] = [segments(template), segments(route)];
  return t.length === r.length && t.every((seg, i) => (isParam(seg) ? true : !isParam(r[i] ?? '') && seg === r[i]));
}

function mountedRoutes(): { method: string; path: string }[] {
  const { app } = setup({ app: { controlApi: true } });
  const seen = new Set<string>();
  return app.routes
    .filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
    .map((r) => ({ method: r.method.toLowerCase(), path: r.path }))
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}

describe('OpenAPI route table', () => {
  it('documents every route the mock mounts (add new routes to server/openapi/routes.ts)', () => {
    const missing = mountedRoutes().filter((r) => !API_OPERATIONS.some((op) => op.method === r.method && describes(op.path, r.path)));
    expect(missing).toEqual([]);
  });

  it('documents nothing the server does not mount', () => {
    const routes = mountedRoutes();
    const stale = API_OPERATIONS.filter((op) => !routes.some((r) => r.method === op.method && describes(op.path, r.path)));
    expect(stale.map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('has unique operation ids', () => {
    const ids = API_OPERATIONS.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument();
  const schemas = (document.components as { schemas: Json }).schemas;

  it('is OpenAPI 3.1 with JSON Schema 2020-12 generated from the contract', () => {
    expect(document.openapi).toBe('3.1.0');
    const create = (document.paths as Record<string, Record<string, Json>>)['/v5/{project_id}/vpn-connection']?.post;
    expect(create?.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateVpnConnectionRequest' } } } });
    // The discriminated union of the three styles, with the contract's enums and defaults.
    const body = JSON.stringify(schemas.CreateVpnConnectionRequest);
    for (const fragment of ['"const":"static"', '"const":"policy"', '"const":"bgp"', '"dh_group":{"default":"group15"']) expect(body).toContain(fragment);
  });

  it('resolves every $ref and declares every path parameter', () => {
    const text = JSON.stringify(document);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(schemas, name).toHaveProperty(name ?? '');
    expect(text).not.toContain('"$defs"');
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, { parameters: { name: string; in: string }[] }>>)) {
      const declared = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(item)) expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(declared);
    }
  });

  it('turns query schemas into query parameters', () => {
    const list = (document.paths as Record<string, Record<string, { parameters: Json[] }>>)['/v5/{project_id}/vpn-connection']?.get;
    expect(list?.parameters.map((p) => p.name)).toEqual(['project_id', 'vgw_id', 'vgw_ip', 'enterprise_project_id', 'limit', 'marker']);
    expect(list?.parameters.find((p) => p.name === 'limit')).toMatchObject({ in: 'query', required: false, schema: { minimum: 0, maximum: 2000 } });
  });

  it('is served at /openapi.json and as a script-free page at /api-docs', async () => {
    const { app } = setup();
    const json = await app.request('/openapi.json');
    expect(json.headers.get('Content-Type')).toContain('application/json');
    expect(await json.json()).toEqual(JSON.parse(JSON.stringify(document)));
    const page = await app.request('/api-docs');
    const html = await page.text();
    expect(page.headers.get('Content-Type')).toContain('text/html');
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema)/i);
    for (const op of API_OPERATIONS) expect(html).toContain(`id="${op.operationId}"`);
    expect(html).toContain('<code>/v5/{project_id}/vpn-connection/{id}</code>');
  });
});
