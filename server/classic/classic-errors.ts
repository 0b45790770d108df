import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { formatPath } from '../validate.ts';

/**
 * An error the classic API answers Neutron-style: `{"NeutronError": {"type", "message", "detail"}}`.
 * (OTC does not document the classic error body; this is upstream Neutron's, which the console also parses.)
 */
export class NeutronHttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly type: string;

  constructor(status: ContentfulStatusCode, type: string, message: string) {
    super(message);
    this.name = 'NeutronHttpError';
    this.status = status;
    this.type = type;
  }
}

export const badRequest = (message: string, type = 'HTTPBadRequest') => new NeutronHttpError(400, type, message);

export const unauthorized = () =>
  new NeutronHttpError(
    401,
    'HTTPUnauthorized',
    'Authentication required: the X-Auth-Token header is missing or empty; send a project-scoped IAM token (the mock accepts any non-empty value)',
  );

/** 404 for an unknown id in the path or a reference in the body, e.g. IKEPolicyNotFound. */
export const notFound = (type: string, what: string, id: string) =>
  new NeutronHttpError(404, type, `${what} ${id} could not be found in this project`);

/** 409: the object is still used by connections, which the message names. */
export const inUse = (type: string, message: string) => new NeutronHttpError(409, type, message);

export const internalServerError = () =>
  new NeutronHttpError(500, 'HTTPInternalServerError', 'The mock server hit an internal error; see its console output');

/** Schema issues → one 400: unknown fields as Neutron words them, the rest as "Invalid input for <path>: <why>". */
export function issuesToNeutron(issues: readonly z.core.$ZodIssue[]): NeutronHttpError {
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => formatPath([...i.path, k])) : []));
  if (unknown.length > 0) {
    return badRequest(`Unrecognized attribute(s) ${unknown.map((k) => `'${k}'`).join(', ')}; remove them (see the classic VPN API reference for the fields OTC accepts)`);
  }
  const parts = issues.slice(0, 5).map((i) => `Invalid input for ${formatPath(i.path)}: ${i.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more problems)` : '';
  return badRequest(`${parts.join('; ')}${more}`);
}

export function respondNeutron(c: Context, error: NeutronHttpError): Response {
  return c.json({ NeutronError: { type: error.type, message: error.message, detail: '' } }, error.status);
}
