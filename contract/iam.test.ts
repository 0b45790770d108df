import { describe, expect, it } from 'vitest';
import {
  iamPasswordAuthRequestSchema,
  isProjectId,
  passwordAuthRequest,
  pastedTokenFormSchema,
  signInFormSchema,
} from './iam.ts';
import { parseOtcError } from './otc-error.ts';

const form = { userName: ' vpn-admin ', password: ' secret with spaces ', domainName: 'OTC-EU-DE-1', project: 'eu-de' };

describe('IAM sign-in', () => {
  it('builds the documented password request with a project scope by name', () => {
    const body = passwordAuthRequest(form);
    expect(body).toEqual({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'vpn-admin', password: ' secret with spaces ', domain: { name: 'OTC-EU-DE-1' } } },
        },
        scope: { project: { name: 'eu-de' } },
      },
    });
    expect(iamPasswordAuthRequestSchema.safeParse(body).success).toBe(true);
  });

  it('scopes by id when the project field holds a 32-character project id', () => {
    const id = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
    expect(isProjectId(id)).toBe(true);
    expect(isProjectId('eu-de_0a1b2c3d')).toBe(false);
    expect(passwordAuthRequest({ ...form, project: id }).auth.scope).toEqual({ project: { id } });
  });

  it('says what is missing on the form', () => {
    const result = signInFormSchema.safeParse({ userName: '', password: '', domainName: ' ', project: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Enter the IAM user name',
      'Enter the password of the IAM user',
      'Enter the account (domain) name, e.g. OTC-EU-DE-00000000001000000001',
      'Enter the project name (e.g. eu-de) or its 32-character ID',
    ]);
  });

  it('accepts a pasted token without surrounding whitespace only', () => {
    expect(pastedTokenFormSchema.parse({ token: '  MIIabc\n' }).token).toBe('MIIabc');
    expect(pastedTokenFormSchema.safeParse({ token: 'MII abc' }).error?.issues[0]?.message).toContain('no spaces or line breaks');
  });

  it('reads Keystone error bodies as API errors', () => {
    expect(parseOtcError({ error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } })).toEqual({
      code: 'IAM 401 Unauthorized',
      message: 'The username or password is wrong.',
    });
    expect(parseOtcError({ error_code: 'IAM.0011', error_msg: 'Request body is invalid.' })).toEqual({
      code: 'IAM.0011',
      message: 'Request body is invalid.',
      requestId: undefined,
    });
  });
});
