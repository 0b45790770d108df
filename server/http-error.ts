import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error that the API answers with the OTC error body `{error_code, error_msg, request_id}`.
 * Thrown from handlers and the store; app.ts turns it into the response.
 */
export class OtcHttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;

  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(message);
    this.name = 'OtcHttpError';
    this.status = status;
    this.code = code;
  }
}

/** 400 VPN.0001 with the documented "invalid request: " prefix. */
export function invalidRequest(detail: string): OtcHttpError {
  return new OtcHttpError(400, 'VPN.0001', `invalid request: ${detail}`);
}

/** 400 VPN.0013 for a field the operation does not know or cannot change. */
export function unsupportedAttribute(fieldPath: string): OtcHttpError {
  return new OtcHttpError(400, 'VPN.0013', `Unsupported attribute: ${fieldPath}`);
}

/** 404 VPN.0004: the id does not exist in this project (ids of other projects included). */
export function resourceNotFound(kind: string, id: string): OtcHttpError {
  return new OtcHttpError(404, 'VPN.0004', `resource not found: ${kind} ${id} does not exist in this project`);
}

export function tokenMissing(): OtcHttpError {
  return new OtcHttpError(
    401,
    'VPN.0010',
    'Token authentication failed: the X-Auth-Token header is missing or empty; send a project-scoped IAM token (the mock accepts any non-empty value)',
  );
}

export function connectionBeingUpdated(status: string): OtcHttpError {
  return new OtcHttpError(
    400,
    'VPN.0306',
    `The connection is being updated, please try again later. (It is ${status}; retry once it has left the PENDING_* states.)`,
  );
}

export function connectionDeleting(id: string): OtcHttpError {
  return new OtcHttpError(425, 'VPN.0009', `Connection ${id} is deleting.`);
}

export function gatewayNotReady(name: string, status: string): OtcHttpError {
  return new OtcHttpError(
    409,
    'VPN.0016',
    `VPN gateway is not ready, please try again later (gateway ${name} is ${status}; connections can be added once it is ACTIVE)`,
  );
}

export function internalError(): OtcHttpError {
  return new OtcHttpError(500, 'VPN.0002', 'server error: the mock server hit an internal error; see its console output');
}
