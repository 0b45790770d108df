import type { Context } from 'hono';
import type { z } from 'zod';
import { badRequest, issuesToNeutron } from './classic-errors.ts';

// Body parsing and response shaping of the classic API (Neutron conventions: wrapped bodies, `fields`).

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses `{"<wrapperKey>": {...}}` with the contract schema for the whole body; 400 NeutronError otherwise. */
export async function parseClassicBody<S extends z.ZodType>(c: Context, schema: S, wrapperKey: string): Promise<z.output<S>> {
  const text = await c.req.text();
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message})` : '';
    throw badRequest(`The request body is not valid JSON${why}; send {"${wrapperKey}": {...}} without trailing commas`, 'MalformedRequestBody');
  }
  if (!isPlainObject(body) || !isPlainObject(body[wrapperKey])) {
    throw badRequest(`The request body must be a JSON object with the "${wrapperKey}" key, e.g. {"${wrapperKey}": {...}}`);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw issuesToNeutron(result.error.issues);
  return result.data;
}

/** Neutron's `fields` query parameter (repeatable): only those attributes are returned. */
export function selectFields<T extends object>(c: Context, item: T): Partial<T> {
  const fields = c.req.queries('fields')?.flatMap((f) => f.split(',')).filter((f) => f !== '');
  if (!fields || fields.length === 0) return item;
  return Object.fromEntries(Object.entries(item).filter(([key]) => fields.includes(key))) as Partial<T>;
}

/** 204 without a body, as Neutron answers DELETE. */
export function noContent(c: Context): Response {
  return c.body(null, 204);
}
