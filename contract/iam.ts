import { z } from 'zod';

// IAM (Keystone v3) as the VPN API reference's "Calling APIs" pages describe it: a password identity with a
// project scope is exchanged for a token that comes back in the X-Subject-Token response header and is sent as
// X-Auth-Token on every VPN call; GET /v3/projects lists the projects (field `id` is the project id).
// Request schemas are loose on purpose: the real IAM accepts more than the documented fields.

export const iamPaths = {
  /** POST: obtain a token; GET: validate the token in X-Subject-Token. */
  tokens: '/v3/auth/tokens',
  projects: '/v3/projects',
} as const;

export const SUBJECT_TOKEN_HEADER = 'X-Subject-Token';
export const AUTH_TOKEN_HEADER = 'X-Auth-Token';
/** IAM tokens are valid for 24 hours. */
export const IAM_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

const nonEmpty = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, `${what} is required`);

const domainRefSchema = z.union([
  z.object({ name: nonEmpty('auth.identity.password.user.domain.name (the account name)') }),
  z.object({ id: nonEmpty('auth.identity.password.user.domain.id') }),
]);

/** Project scope: by name (e.g. eu-de or eu-de_myproject) or by id. */
export const iamProjectScopeSchema = z.union([
  z.object({ id: nonEmpty('auth.scope.project.id') }),
  z.object({ name: nonEmpty('auth.scope.project.name (e.g. eu-de)') }),
]);

export const iamPasswordAuthRequestSchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z
        .array(z.string())
        .refine((m) => m.includes('password'), 'auth.identity.methods must contain "password" for a password identity'),
      password: z.object({
        user: z.object({
          name: nonEmpty('auth.identity.password.user.name (the IAM user name)'),
          password: z.string({ error: 'auth.identity.password.user.password is required' }).min(1, 'the password is empty'),
          domain: domainRefSchema,
        }),
      }),
    }),
    scope: z.object(
      { project: iamProjectScopeSchema },
      { error: 'auth.scope.project is required: the VPN API needs a project-scoped token' },
    ),
  }),
});
export type IamPasswordAuthRequest = z.infer<typeof iamPasswordAuthRequestSchema>;

const namedRefSchema = z.object({ id: z.string().optional(), name: z.string().optional() });

/** The token body (a subset; the real IAM sends more, e.g. a full catalog and roles). */
export const iamTokenSchema = z.object({
  expires_at: z.string(),
  issued_at: z.string(),
  methods: z.array(z.string()).optional(),
  user: z.object({ id: z.string().optional(), name: z.string(), domain: namedRefSchema.optional() }),
  /** Absent for domain-scoped tokens, which the VPN API does not accept. */
  project: z.object({ id: z.string(), name: z.string(), domain: namedRefSchema.optional() }).optional(),
  roles: z.array(z.object({ id: z.string().optional(), name: z.string() })).optional(),
  catalog: z
    .array(
      z.object({
        type: z.string(),
        name: z.string().optional(),
        endpoints: z.array(z.object({ interface: z.string().optional(), region: z.string().optional(), url: z.string() })),
      }),
    )
    .optional(),
});
export type IamToken = z.infer<typeof iamTokenSchema>;

export const iamTokenResponseSchema = z.object({ token: iamTokenSchema });
export type IamTokenResponse = z.infer<typeof iamTokenResponseSchema>;

const linksSchema = z.object({ self: z.string(), next: z.string().nullable().optional(), previous: z.string().nullable().optional() });

export const iamProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  description: z.string().optional(),
  enabled: z.boolean(),
  is_domain: z.boolean().optional(),
  parent_id: z.string().optional(),
  links: linksSchema.optional(),
});
export type IamProject = z.infer<typeof iamProjectSchema>;

export const iamProjectListResponseSchema = z.object({ projects: z.array(iamProjectSchema), links: linksSchema.optional() });

/** Keystone's own error body, which IAM answers for authentication failures (401) and unknown tokens (404). */
export const keystoneErrorBodySchema = z.object({
  error: z.object({ code: z.union([z.number(), z.string()]), message: z.string(), title: z.string().optional() }),
});

/** Query of GET /v3/projects. */
export const iamProjectListQuerySchema = z.object({
  name: z.string().optional(),
  domain_id: z.string().optional(),
  enabled: z.enum(['true', 'false']).optional(),
});

// Project ids are 32 lowercase hex characters; anything else typed into "project" is a name.
const PROJECT_ID_PATTERN = /^[0-9a-f]{32}$/;

/** The sign-in form: one "project" field takes a name (eu-de, eu-de_myproject) or a 32-character id. */
const required = (message: string) => z.string().trim().min(1, message);

export const signInFormSchema = z.object({
  userName: required('Enter the IAM user name'),
  // Not trimmed: spaces can be part of a password.
  password: z.string().min(1, 'Enter the password of the IAM user'),
  domainName: required('Enter the account (domain) name, e.g. OTC-EU-DE-00000000001000000001'),
  project: required('Enter the project name (e.g. eu-de) or its 32-character ID'),
});
export type SignInForm = z.infer<typeof signInFormSchema>;

export const pastedTokenFormSchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, 'Paste a project-scoped IAM token (the X-Subject-Token value)')
    .regex(/^[\x21-\x7e]+$/, 'A token has no spaces or line breaks: paste only the X-Subject-Token value'),
});

export function isProjectId(value: string): boolean {
  return PROJECT_ID_PATTERN.test(value.trim());
}

/** The documented request body for a project-scoped token. */
export function passwordAuthRequest(form: SignInForm): IamPasswordAuthRequest {
  const project = form.project.trim();
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: form.userName.trim(), password: form.password, domain: { name: form.domainName.trim() } } },
      },
      scope: { project: isProjectId(project) ? { id: project } : { name: project } },
    },
  };
}

// --- Mock only (server/ emulation and tests; the real IAM has none of this) ---

/** The one IAM user the mock knows. */
export const MOCK_IAM_USER = { userName: 'vpn-admin', password: 'Mock-Passw0rd!', domainName: 'OTC-EU-DE-MOCK' } as const;

/** POST: expire every token the mock issued (so tests can exercise expiry); answers {expired: n}. */
export const mockIamPaths = { expireTokens: '/__mock/iam/expire-tokens' } as const;
export const mockIamExpireResponseSchema = z.object({ expired: z.number().int() });
