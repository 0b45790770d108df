/** Where a failure happened: the network, the API's answer, or the shape of a 2xx body. */
export type ApiErrorKind = 'network' | 'http' | 'shape';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  code: string;
  message: string;
  requestId?: string;
  method: string;
  url: string;
}

/** Every failed API call ends up as one of these; render it with describeApiError(). */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** OTC error code (e.g. VPN.0010) or a console code (NETWORK_ERROR, UNEXPECTED_RESPONSE, HTTP_502). */
  readonly code: string;
  readonly requestId?: string;
  readonly method: string;
  readonly url: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
