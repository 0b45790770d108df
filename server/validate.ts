import type { Context } from 'hono';
import type { z } from 'zod';
import { wrapperMissing } from '../contract/vpn-connection.ts';
import { invalidRequest, unsupportedAttribute, type OtcHttpError } from './http-error.ts';

type Issue = z.core.$ZodIssue;

/** `vpn_connection.policy_rules[0].destination[2]`: the path an admin can find in the body they sent. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out ? `${out}.${name}` : name;
  }, '');
}

// A discriminated union reports the chosen branch's issues directly; a plain union wraps them.
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length === 1) {
      return flatten((issue.errors[0] ?? []).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
    }
    return [issue];
  });
}

/**
 * Maps schema issues to the OTC error: unknown or unchangeable fields → VPN.0013 "Unsupported
 * attribute", anything else → VPN.0001 "invalid request: <path>: <the schema's message>".
 */
export function issuesToError(issues: readonly Issue[]): OtcHttpError {
  const all = flatten(issues);
  const unknown = all.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => formatPath([...issue.path, key])) : [],
  );
  if (unknown.length > 0) return unsupportedAttribute(unknown.join(', '));
  const details = all.slice(0, 5).map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = all.length > 5 ? ` (and ${all.length - 5} more problems)` : '';
  return invalidRequest(`${details.join('; ')}${more}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the raw JSON body; undefined for an empty body. Malformed JSON → VPN.0001. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest('the request body is not valid JSON; send a JSON object such as {"vpn_connection": {...}} with Content-Type: application/json');
  }
}

/**
 * Parses the body of an OTC request wrapped in `wrapperKey` (e.g. {"vpn_connection": {...}}) with the
 * contract schema for the whole body. Throws the OTC error that the API answers with.
 */
export async function parseWrappedBody<S extends z.ZodType>(c: Context, schema: S, wrapperKey: string): Promise<z.output<S>> {
  const body = await readJson(c);
  if (!isPlainObject(body) || !isPlainObject(body[wrapperKey])) throw invalidRequest(wrapperMissing(wrapperKey));
  const result = schema.safeParse(body);
  if (!result.success) throw issuesToError(result.error.issues);
  return result.data;
}

/** Parses an unwrapped JSON body (control API); an empty body counts as {}. */
export async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const body = (await readJson(c)) ?? {};
  if (!isPlainObject(body)) throw invalidRequest('the request body must be a JSON object');
  const result = schema.safeParse(body);
  if (!result.success) throw issuesToError(result.error.issues);
  return result.data;
}

/** Parses query parameters (first value of each) with a schema; problems → VPN.0001 naming the parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw issuesToError(result.error.issues);
  return result.data;
}
