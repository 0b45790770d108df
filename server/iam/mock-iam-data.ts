import { MOCK_IAM_USER, type IamProject, type IamToken } from '../../contract/iam.ts';
import type { IssuedToken, MockIamProject, MockIamUser } from './iam-types.ts';

// The mock IAM's fixed directory: one account (domain), one user, two projects. The first project is the demo
// project the console opens by default, so signing in lands on the seeded demo data.

export const MOCK_DOMAIN = { id: '1f2e3d4c5b6a79880f1e2d3c4b5a6978', name: MOCK_IAM_USER.domainName };

export const MOCK_USERS: readonly MockIamUser[] = [
  { id: '7c1e5a9b3d2f4e6a8b0c1d2e3f4a5b6c', name: MOCK_IAM_USER.userName, password: MOCK_IAM_USER.password, domain: MOCK_DOMAIN },
];

export const MOCK_PROJECTS: readonly MockIamProject[] = [
  { id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', name: 'eu-de', description: 'Default project of region eu-de (mock)' },
  { id: '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b', name: 'eu-de_staging', description: 'A second project (mock)' },
];

export function findUser(name: string, domain: { name?: string; id?: string }): MockIamUser | undefined {
  return MOCK_USERS.find(
    (u) => u.name === name && (domain.id !== undefined ? u.domain.id === domain.id : u.domain.name === domain.name),
  );
}

export function findProject(scope: { name?: string; id?: string }): MockIamProject | undefined {
  return MOCK_PROJECTS.find((p) => (scope.id !== undefined ? p.id === scope.id : p.name === scope.name));
}

export function projectBody(project: MockIamProject, origin: string): IamProject {
  return {
    id: project.id,
    name: project.name,
    domain_id: MOCK_DOMAIN.id,
    description: project.description,
    enabled: true,
    is_domain: false,
    parent_id: MOCK_DOMAIN.id,
    links: { self: `${origin}/v3/projects/${project.id}`, next: null, previous: null },
  };
}

// IAM prints microseconds: 2026-01-16T09:00:00.000000Z.
function iamTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** The token body as IAM returns it, with a catalog pointing at this server for vpn, vpc and iam. */
export function tokenBody(token: IssuedToken, origin: string): { token: IamToken } {
  const domain = { id: token.user.domain.id, name: token.user.domain.name };
  const endpoint = (type: string) => ({
    type,
    name: type,
    endpoints: [{ interface: 'public', region: 'eu-de', url: origin }],
  });
  return {
    token: {
      expires_at: iamTimestamp(token.expiresAtMs),
      issued_at: iamTimestamp(token.issuedAtMs),
      methods: token.methods,
      user: { id: token.user.id, name: token.user.name, domain },
      project: { id: token.project.id, name: token.project.name, domain },
      roles: [{ id: '0', name: 'te_admin' }],
      catalog: [endpoint('vpn'), endpoint('vpc'), endpoint('identity')],
    },
  };
}
