import {
  AUTH_TOKEN_HEADER,
  SUBJECT_TOKEN_HEADER,
  iamPaths,
  iamTokenResponseSchema,
  passwordAuthRequest,
  type IamToken,
  type SignInForm,
} from '@contract/iam';
import { parseOtcError } from '@contract/otc-error';
import { ApiError } from '@/lib/api-error';
import type { AuthSession } from '@/lib/auth-session';
import { describeApiBase, getConnectionSettings } from '@/lib/connection-settings';

/** A token from IAM and what the console remembers about it. */
export interface SignedIn {
  token: string;
  session: AuthSession;
}

// The IAM calls go through the same server as every API call (the proxy in real-cloud mode), but not through
// api-client: they need the X-Subject-Token response header, and a 401 here is a wrong password, not an
// expired session.

function fail(init: Omit<ConstructorParameters<typeof ApiError>[0], 'method' | 'url'>, method: string, url: string): ApiError {
  return new ApiError({ ...init, method, url });
}

async function send(method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<{ token: string; body: IamToken }> {
  const { apiBase } = getConnectionSettings();
  // The catalog can be tens of KiB on the real IAM; the console needs none of it.
  const url = `${apiBase}${iamPaths.tokens}?nocatalog=true`;
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers }, body });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw fail({ kind: 'network', status: 0, code: 'NETWORK_ERROR', message: `Cannot reach IAM through ${describeApiBase(apiBase)}: ${reason}.` }, method, url);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const error = parseOtcError(parsed);
    const message = error?.message ?? `IAM answered ${response.status} without an error body we understand.`;
    throw fail({ kind: 'http', status: response.status, code: error?.code ?? `HTTP_${response.status}`, message, requestId: error?.requestId }, method, url);
  }
  const token = response.headers.get(SUBJECT_TOKEN_HEADER) ?? '';
  const result = iamTokenResponseSchema.safeParse(parsed);
  if (!token || !result.success) {
    const missing = !token ? `no ${SUBJECT_TOKEN_HEADER} header` : 'an unexpected body';
    throw fail({ kind: 'shape', status: response.status, code: 'UNEXPECTED_RESPONSE', message: `IAM answered with ${missing}.` }, method, url);
  }
  return { token, body: result.data.token };
}

function toSession(token: IamToken, method: AuthSession['method']): AuthSession {
  if (!token.project) {
    throw new ApiError({
      kind: 'shape',
      status: 200,
      code: 'NOT_PROJECT_SCOPED',
      message: 'This token is scoped to an account (domain), not a project: the VPN API needs a project-scoped token.',
      method: 'GET',
      url: iamPaths.tokens,
    });
  }
  return {
    method,
    expiresAt: token.expires_at,
    projectId: token.project.id,
    projectName: token.project.name,
    userName: token.user.name,
    domainName: token.user.domain?.name ?? token.project.domain?.name ?? '',
  };
}

/** POST /v3/auth/tokens with the documented password identity and project scope. */
export async function signInWithPassword(form: SignInForm): Promise<SignedIn> {
  const { token, body } = await send('POST', {}, JSON.stringify(passwordAuthRequest(form)));
  return { token, session: toSession(body, 'password') };
}

/** GET /v3/auth/tokens: asks IAM about a pasted token (project, expiry) before using it. */
export async function signInWithToken(token: string): Promise<SignedIn> {
  const { body } = await send('GET', { [AUTH_TOKEN_HEADER]: token, [SUBJECT_TOKEN_HEADER]: token });
  return { token, session: toSession(body, 'token') };
}
