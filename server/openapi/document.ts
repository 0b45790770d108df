import { z } from 'zod';
import { otcErrorBodySchema } from '../../contract/otc-error.ts';
import { TAG_RESOURCE_TYPES } from '../../contract/quotas-tags.ts';
import { named, type ApiOperation, type NamedSchema } from './operation.ts';
import { API_OPERATIONS } from './routes.ts';

// The OpenAPI 3.1 document is generated from the route table and the contract's zod schemas
// (z.toJSONSchema); nothing in it is written by hand, so it cannot drift from what the mock validates.

type Json = Record<string, unknown>;

const PATH_PARAMETERS: Record<string, { description: string; schema: z.ZodType }> = {
  project_id: { description: 'Project ID (IAM GET /v3/projects, field id)', schema: z.string() },
  id: { description: 'ID of the resource', schema: z.string() },
  resource_type: { description: 'Resource type of the tag API', schema: z.enum(TAG_RESOURCE_TYPES) },
};

const OTC_ERROR = named('OtcError', otcErrorBodySchema);

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  // 'any' for what JSON Schema cannot say (transforms, custom refinements): the document stays valid and the
  // mock's validation still has the final word.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  return rest;
}

class SchemaRegistry {
  readonly schemas: Record<string, Json> = {};

  ref(named: NamedSchema, io: 'input' | 'output'): Json {
    const generated = jsonSchema(named.schema, io);
    const existing = this.schemas[named.name];
    if (existing && JSON.stringify(existing) !== JSON.stringify(generated)) {
      throw new Error(`OpenAPI: two different schemas are both named ${named.name}; give one another name in the route table`);
    }
    this.schemas[named.name] = generated;
    return { $ref: `#/components/schemas/${named.name}` };
  }
}

function parameters(operation: ApiOperation): Json[] {
  const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const pathParams = names.map((name) => {
    const known = PATH_PARAMETERS[name] ?? { description: name, schema: z.string() };
    return { name, in: 'path', required: true, description: known.description, schema: jsonSchema(known.schema, 'input') };
  });
  if (!operation.query) return pathParams;
  const query = jsonSchema(operation.query, 'input');
  const properties = (query.properties ?? {}) as Record<string, Json>;
  const required = new Set((query.required ?? []) as string[]);
  const queryParams = Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
  return [...pathParams, ...queryParams];
}

function operationObject(operation: ApiOperation, registry: SchemaRegistry): Json {
  const responses: Json = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers
        ? { headers: Object.fromEntries(Object.entries(response.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }])) }
        : {}),
      ...(response.body ? { content: { 'application/json': { schema: registry.ref(response.body, 'output') } } } : {}),
    };
  }
  responses.default = {
    description: 'Error',
    content: { 'application/json': { schema: registry.ref(operation.errorBody ?? OTC_ERROR, 'output') } },
  };
  const auth = operation.auth ?? true;
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    tags: [operation.tag],
    parameters: parameters(operation),
    ...(operation.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: registry.ref(operation.body, 'input') } } } }
      : {}),
    responses,
    security: auth ? [{ authToken: [] }] : [],
  };
}

/** Builds the OpenAPI 3.1 document for `operations` (default: every route of the server). */
export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_OPERATIONS): Json {
  const registry = new SchemaRegistry();
  const paths: Record<string, Json> = {};
  for (const operation of operations) {
    const item = (paths[operation.path] ??= {});
    if (item[operation.method]) throw new Error(`OpenAPI: ${operation.method.toUpperCase()} ${operation.path} is listed twice in the route table`);
    item[operation.method] = operationObject(operation, registry);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'OTC VPN Console: mock OTC API',
      version: '1.0.0',
      description:
        'The Open Telekom Cloud APIs as the console\'s mock server serves them: Enterprise VPN v5, IAM tokens and projects, ' +
        'and the mock-only /__mock control API. Generated from the zod contract. Send a token as X-Auth-Token ' +
        '(the mock accepts any non-empty value unless started with MOCK_REQUIRE_TOKEN=1; POST /v3/auth/tokens issues real ones).',
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: registry.schemas,
      securitySchemes: { authToken: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: 'Project-scoped IAM token' } },
    },
  };
}
