import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.ts';
import type { OtcHttpError } from './http-error.ts';

/** A JSON body with the request's `request_id` appended, as every v5 response carries it. */
export function respond(c: Context<AppEnv>, body: Record<string, unknown>, status: ContentfulStatusCode = 200): Response {
  return c.json({ ...body, request_id: c.var.requestId }, status);
}

/** The OTC error body `{error_code, error_msg, request_id}` with the error's status. */
export function respondError(c: Context<AppEnv>, error: OtcHttpError): Response {
  return c.json({ error_code: error.code, error_msg: error.message, request_id: c.var.requestId }, error.status);
}

/** The `{project_id}` of a /v5/{project_id}/… route. */
export function projectIdOf(c: Context<AppEnv>): string {
  return c.req.param('project_id') ?? '';
}

/** The `:id` of a resource route. */
export function idOf(c: Context<AppEnv>): string {
  return c.req.param('id') ?? '';
}
