import type { z } from 'zod';

/** A contract schema with the name it gets under components.schemas. */
export interface NamedSchema {
  name: string;
  schema: z.ZodType;
}

export const named = (name: string, schema: z.ZodType): NamedSchema => ({ name, schema });

export interface OperationResponse {
  description: string;
  body?: NamedSchema;
  /** Response headers worth documenting (name → description), e.g. X-Subject-Token. */
  headers?: Record<string, string>;
}

/**
 * One route of the server as the OpenAPI document describes it. `path` uses OpenAPI's `{param}` syntax with
 * the same parameter names as the Hono route (`:project_id` → `{project_id}`), so a test can match the table
 * against the routes the app really mounts.
 */
export interface ApiOperation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Whether X-Auth-Token is required. @default true for /v5 and /v2.0 */
  auth?: boolean;
  /** An object schema; each property becomes a query parameter. */
  query?: z.ZodType;
  body?: NamedSchema;
  responses: Record<number, OperationResponse>;
  /** Body of error answers. @default the OTC error body */
  errorBody?: NamedSchema;
}
