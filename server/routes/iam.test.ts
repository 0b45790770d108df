import { describe, expect, it } from 'vitest';
import {
  MOCK_IAM_USER,
  iamPaths,
  iamProjectListResponseSchema,
  iamTokenResponseSchema,
  mockIamPaths,
  passwordAuthRequest,
} from '../../contract/iam.ts';
import { PROJECT, paths, setup } from '../test-support.ts';

const signIn = (project = 'eu-de', overrides: Partial<Record<keyof typeof MOCK_IAM_USER, string>> = {}) =>
  passwordAuthRequest({ ...MOCK_IAM_USER, project, ...overrides });

async function issue(t: ReturnType<typeof setup>, project = 'eu-de'): Promise<string> {
  const res = await t.call('POST', iamPaths.tokens, signIn(project), { 'X-Auth-Token': '' });
  expect(res.status).toBe(201);
  return res.headers.get('X-Subject-Token') ?? '';
}

describe('mock IAM: POST /v3/auth/tokens', () => {
  it('issues a project-scoped token in X-Subject-Token with the documented body', async () => {
    const t = setup();
    const res = await t.call('POST', iamPaths.tokens, signIn());
    expect(res.status).toBe(201);
    expect(res.headers.get('X-Subject-Token')).toMatch(/^MII[A-Za-z0-9_-]{100,}$/);
    const { token } = iamTokenResponseSchema.parse(res.body);
    expect(token.project).toMatchObject({ id: PROJECT, name: 'eu-de', domain: { name: MOCK_IAM_USER.domainName } });
    expect(token.user).toMatchObject({ name: MOCK_IAM_USER.userName });
    // Valid for 24 hours, printed with microseconds as IAM does.
    expect(Date.parse(token.expires_at) - Date.parse(token.issued_at)).toBe(24 * 3600 * 1000);
    expect(token.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(JSON.stringify(res.body)).not.toContain(MOCK_IAM_USER.password);
  });

  it('scopes by project id as well as by name, and drops the catalog on ?nocatalog', async () => {
    const t = setup();
    const res = await t.call('POST', `${iamPaths.tokens}?nocatalog=true`, signIn('5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b'));
    expect(res.status).toBe(201);
    expect(res.body.token.project).toMatchObject({ id: '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b', name: 'eu-de_staging' });
    expect(res.body.token.catalog).toBeUndefined();
  });

  it.each([
    ['a wrong password', signIn('eu-de', { password: 'nope' })],
    ['an unknown user', signIn('eu-de', { userName: 'mallory' })],
    ['another account', signIn('eu-de', { domainName: 'OTHER' })],
  ])('answers %s with one 401 that does not say which part was wrong', async (_what, body) => {
    const res = await setup().call('POST', iamPaths.tokens, body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } });
    expect(res.headers.get('X-Subject-Token')).toBeNull();
  });

  it('names the unknown project', async () => {
    const res = await setup().call('POST', iamPaths.tokens, signIn('eu-de_nope'));
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('No project with name eu-de_nope in account OTC-EU-DE-MOCK');
  });

  it('answers malformed bodies with IAM.0011 naming the field', async () => {
    const t = setup();
    const noScope = { auth: { identity: signIn().auth.identity } };
    expect((await t.call('POST', iamPaths.tokens, noScope)).body).toEqual({
      error_code: 'IAM.0011',
      error_msg: 'Request body is invalid. auth.scope: auth.scope.project is required: the VPN API needs a project-scoped token',
    });
    const res = await t.call('POST', iamPaths.tokens, '{not json');
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('IAM.0011');
  });
});

describe('mock IAM: token validation and projects', () => {
  it('validates a token it issued (GET /v3/auth/tokens) and refuses unknown ones', async () => {
    const t = setup();
    const token = await issue(t);
    const ok = await t.call('GET', iamPaths.tokens, undefined, { 'X-Auth-Token': token, 'X-Subject-Token': token });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('X-Subject-Token')).toBe(token);
    expect(iamTokenResponseSchema.parse(ok.body).token.project?.id).toBe(PROJECT);
    const unknown = await t.call('GET', iamPaths.tokens, undefined, { 'X-Auth-Token': token, 'X-Subject-Token': 'MIIbogus' });
    expect(unknown.status).toBe(404);
  });

  it('lists the projects of the account, filtered by name', async () => {
    const t = setup();
    const token = await issue(t);
    const all = await t.call('GET', iamPaths.projects, undefined, { 'X-Auth-Token': token });
    expect(iamProjectListResponseSchema.parse(all.body).projects.map((p) => p.name)).toEqual(['eu-de', 'eu-de_staging']);
    const one = await t.call('GET', `${iamPaths.projects}?name=eu-de`, undefined, { 'X-Auth-Token': token });
    expect(one.body.projects).toEqual([expect.objectContaining({ id: PROJECT, name: 'eu-de', enabled: true })]);
    expect((await t.call('GET', iamPaths.projects, undefined, { 'X-Auth-Token': '' })).status).toBe(401);
  });
});

describe('tokens on the v5 API', () => {
  it('accepts any token by default but refuses an issued token once it has expired', async () => {
    const t = setup();
    expect((await t.call('GET', paths.connections())).status).toBe(200);
    const token = await issue(t);
    expect((await t.call('GET', paths.connections(), undefined, { 'X-Auth-Token': token })).status).toBe(200);
    t.clock.advance(24 * 3600 * 1000);
    const expired = await t.call('GET', paths.connections(), undefined, { 'X-Auth-Token': token });
    expect(expired.status).toBe(401);
    expect(expired.body.error_code).toBe('VPN.0010');
    expect(expired.body.error_msg).toMatch(/^Token authentication failed: the token expired at 2026-01-16T09:00:00.000Z; sign in again/);
  });

  it('with MOCK_REQUIRE_TOKEN accepts only tokens it issued, for their own project', async () => {
    const t = setup({ app: { requireIssuedToken: true } });
    const foreign = await t.call('GET', paths.connections());
    expect(foreign.status).toBe(401);
    expect(foreign.body).toMatchObject({ error_code: 'VPN.0010', error_msg: expect.stringContaining('MOCK_REQUIRE_TOKEN=1') });
    const token = await issue(t);
    expect((await t.call('GET', paths.connections(), undefined, { 'X-Auth-Token': token })).status).toBe(200);
    const other = await t.call('GET', paths.connections('5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b'), undefined, { 'X-Auth-Token': token });
    expect(other.status).toBe(403);
    expect(other.body.error_msg).toContain('the token is scoped to project eu-de');
  });

  it('with MOCK_REQUIRE_TOKEN guards the classic v2.0 API too, answering in the Neutron shape', async () => {
    const t = setup({ app: { requireIssuedToken: true } });
    const foreign = await t.call('GET', '/v2.0/vpn/ipsec-site-connections');
    expect(foreign.status).toBe(401);
    expect(foreign.body.NeutronError).toMatchObject({ type: 'HTTPUnauthorized', message: expect.stringContaining('MOCK_REQUIRE_TOKEN=1') });
    const token = await issue(t);
    expect((await t.call('GET', '/v2.0/vpn/ipsec-site-connections', undefined, { 'X-Auth-Token': token })).status).toBe(200);
  });

  it('expires every issued token through the control API', async () => {
    const t = setup({ app: { requireIssuedToken: true } });
    const token = await issue(t);
    const res = await t.call('POST', mockIamPaths.expireTokens);
    expect(res.body).toEqual({ expired: 1 });
    expect((await t.call('GET', paths.connections(), undefined, { 'X-Auth-Token': token })).status).toBe(401);
    expect((await t.call('GET', iamPaths.projects, undefined, { 'X-Auth-Token': token })).status).toBe(401);
  });
});
