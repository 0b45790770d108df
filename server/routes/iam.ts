import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  AUTH_TOKEN_HEADER,
  SUBJECT_TOKEN_HEADER,
  iamPasswordAuthRequestSchema,
  iamProjectListQuerySchema,
} from '../../contract/iam.ts';
import type { AppEnv } from '../app-env.ts';
import { findProject, findUser, MOCK_PROJECTS, projectBody, tokenBody } from '../iam/mock-iam-data.ts';
import type { IamTokenRegistry } from '../iam/token-registry.ts';
import { formatPath } from '../validate.ts';

// Keystone answers authentication problems with {error: {code, message, title}}; OTC's own IAM layer answers
// malformed bodies with {error_code: "IAM.0011", error_msg} (the "Calling APIs → Response" example).

const TITLES: Partial<Record<number, string>> = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };

function keystoneError(c: Context<AppEnv>, status: 401 | 403 | 404, message: string): Response {
  return c.json({ error: { code: status, message, title: TITLES[status] ?? 'Error' } }, status);
}

function bodyInvalid(c: Context<AppEnv>, detail: string, status: ContentfulStatusCode = 400): Response {
  return c.json({ error_code: 'IAM.0011', error_msg: `Request body is invalid. ${detail}` }, status);
}

function originOf(c: Context<AppEnv>): string {
  return new URL(c.req.url).origin;
}

export interface IamRouteOptions {
  tokens: IamTokenRegistry;
  /** MOCK_REQUIRE_TOKEN: only tokens this mock issued are accepted as X-Auth-Token. */
  requireIssuedToken: boolean;
}

/** /v3: the mock IAM — tokens (issue, validate) and the project list. */
export function iamRoutes({ tokens, requireIssuedToken }: IamRouteOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  /** The caller's X-Auth-Token; a Response when it is refused. */
  const authenticate = (c: Context<AppEnv>): Response | undefined => {
    const value = c.req.header(AUTH_TOKEN_HEADER)?.trim();
    if (!value) return keystoneError(c, 401, 'The request you have made requires authentication: send X-Auth-Token.');
    const verdict = tokens.verify(value);
    if (verdict.kind === 'expired') return keystoneError(c, 401, 'The token has expired: request a new one with POST /v3/auth/tokens.');
    if (verdict.kind === 'unknown' && requireIssuedToken) {
      return keystoneError(c, 401, 'The token is not valid: this mock accepts only tokens it issued (POST /v3/auth/tokens).');
    }
    return undefined;
  };

  routes.post('/auth/tokens', async (c) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await c.req.text());
    } catch {
      return bodyInvalid(c, 'Send JSON such as {"auth": {"identity": {"methods": ["password"], …}, "scope": {"project": {"name": "eu-de"}}}}.');
    }
    const parsed = iamPasswordAuthRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
      return bodyInvalid(c, `${where}${issue?.message ?? 'unexpected shape'}`);
    }
    const { identity, scope } = parsed.data.auth;
    const user = findUser(identity.password.user.name, identity.password.user.domain);
    // One message for an unknown user and a wrong password, as IAM does: no account probing.
    if (!user || user.password !== identity.password.user.password) {
      return keystoneError(c, 401, 'The username or password is wrong.');
    }
    const project = findProject(scope.project);
    if (!project) {
      const which = 'id' in scope.project ? `id ${scope.project.id}` : `name ${scope.project.name}`;
      return keystoneError(c, 401, `No project with ${which} in account ${user.domain.name}: check the project name (e.g. eu-de) or id.`);
    }
    const { value, token } = tokens.issue(user, project);
    const body = tokenBody(token, originOf(c));
    if (c.req.query('nocatalog') !== undefined) delete body.token.catalog;
    c.header(SUBJECT_TOKEN_HEADER, value);
    return c.json(body, 201);
  });

  routes.get('/auth/tokens', (c) => {
    const refused = authenticate(c);
    if (refused) return refused;
    const subject = c.req.header(SUBJECT_TOKEN_HEADER)?.trim() ?? '';
    const verdict = tokens.verify(subject);
    if (verdict.kind === 'unknown') return keystoneError(c, 404, 'Could not find token: the mock does not know the token in X-Subject-Token.');
    if (verdict.kind === 'expired') return keystoneError(c, 404, 'Could not find token: the token in X-Subject-Token has expired.');
    c.header(SUBJECT_TOKEN_HEADER, subject);
    return c.json(tokenBody(verdict.token, originOf(c)), 200);
  });

  routes.get('/projects', (c) => {
    const refused = authenticate(c);
    if (refused) return refused;
    const query = iamProjectListQuerySchema.safeParse(c.req.query());
    const name = query.success ? query.data.name : undefined;
    const projects = MOCK_PROJECTS.filter((p) => name === undefined || p.name === name).map((p) => projectBody(p, originOf(c)));
    return c.json({ projects, links: { self: `${originOf(c)}/v3/projects`, next: null, previous: null } });
  });

  return routes;
}
