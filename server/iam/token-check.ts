import type { Env, MiddlewareHandler } from 'hono';
import { AUTH_TOKEN_HEADER } from '../../contract/iam.ts';
import { OtcHttpError } from '../http-error.ts';
import type { IamTokenRegistry } from './token-registry.ts';

/**
 * Checks the X-Auth-Token of a v5 or classic v2.0 call against the tokens the mock IAM issued: an issued token must not have
 * expired and must be scoped to the project in the path (v5; classic paths carry no project). Tokens the mock never issued are accepted (any
 * non-empty value, as before) unless `requireIssuedToken` (MOCK_REQUIRE_TOKEN=1) is set.
 */
export function issuedTokenCheck<E extends Env>(tokens: IamTokenRegistry, requireIssuedToken: boolean): MiddlewareHandler<E> {
  return async (c, next) => {
    const value = c.req.header(AUTH_TOKEN_HEADER)?.trim();
    if (value) {
      const verdict = tokens.verify(value);
      if (verdict.kind === 'expired') {
        const at = new Date(verdict.token.expiresAtMs).toISOString();
        throw new OtcHttpError(401, 'VPN.0010', `Token authentication failed: the token expired at ${at}; sign in again to get a new one`);
      }
      if (verdict.kind === 'unknown' && requireIssuedToken) {
        throw new OtcHttpError(
          401,
          'VPN.0010',
          'Token authentication failed: this mock runs with MOCK_REQUIRE_TOKEN=1 and accepts only tokens from its POST /v3/auth/tokens',
        );
      }
      const projectId = c.req.param('project_id');
      if (verdict.kind === 'valid' && projectId !== undefined && projectId !== verdict.token.project.id) {
        const { id, name } = verdict.token.project;
        throw new OtcHttpError(403, 'VPN.0003', `Authentication failed: the token is scoped to project ${name} (${id}), not ${projectId}`);
      }
    }
    await next();
  };
}
