import { FALLBACK_CONSOLE_CONFIG } from '@contract/console-config';
import { isRedirect, type ParsedLocation } from '@tanstack/react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { requireSignIn } from '@/app/routes/auth-guard';
import { afterSignIn, signInSearchSchema } from '@/app/routes/sign-in-search';
import { endAuthSession, getAuthSession, startAuthSession } from '@/lib/auth-session';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { consoleConfigQuery } from '@/lib/console-config';
import { createTestQueryClient } from '@/testing/render';

const location = (href: string) => ({ href, pathname: href.split('?')[0] ?? href }) as ParsedLocation;
const session = (expiresAt: string) => ({ method: 'password' as const, expiresAt, projectId: 'p', projectName: 'eu-de', userName: 'a', domainName: 'd' });

function contextWith(signInRequired: boolean) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(consoleConfigQuery.queryKey, { ...FALLBACK_CONSOLE_CONFIG, mode: 'proxy', sign_in_required: signInRequired });
  return { queryClient };
}

async function outcome(signInRequired: boolean, href: string) {
  try {
    await requireSignIn({ context: contextWith(signInRequired), location: location(href) });
    return 'allowed';
  } catch (thrown) {
    if (isRedirect(thrown)) return thrown.options;
    throw thrown;
  }
}

beforeEach(() => {
  resetConnectionSettings();
  endAuthSession();
});

describe('requireSignIn', () => {
  it('lets everyone through when the server does not require sign-in (the plain mock)', async () => {
    expect(await outcome(false, '/vpn-connections')).toBe('allowed');
  });

  it('sends the admin to sign-in, remembering the page, when sign-in is required', async () => {
    expect(await outcome(true, '/vpn-gateways?x=1')).toMatchObject({ to: '/sign-in', search: { redirect: '/vpn-gateways?x=1', reason: undefined } });
    expect(await outcome(true, '/sign-in')).toBe('allowed');
  });

  it('lets a valid session through and forgets an expired one', async () => {
    startAuthSession('MIIvalid-token-000', session(new Date(Date.now() + 3600_000).toISOString()));
    expect(await outcome(true, '/vpn-connections')).toBe('allowed');
    startAuthSession('MIIold-token-000', session('2020-01-01T00:00:00.000000Z'));
    expect(await outcome(true, '/vpn-connections')).toMatchObject({ search: { reason: 'expired' } });
    expect(getAuthSession()).toBeNull();
  });
});

describe('sign-in search', () => {
  it.each([
    ['/vpn-gateways?tab=1', '/vpn-gateways?tab=1'],
    ['https://evil.example/', '/vpn-connections'],
    ['//evil.example/', '/vpn-connections'],
    ['/\\evil.example', '/vpn-connections'],
    ['/sign-in?redirect=/x', '/vpn-connections'],
  ])('goes to %s → %s after sign-in (never off this console)', (redirect, target) => {
    expect(afterSignIn(signInSearchSchema.parse({ redirect }))).toBe(target);
  });
});
