import type { QueryClient } from '@tanstack/react-query';
import { redirect, type ParsedLocation } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { endAuthSession, getAuthSession, isSessionValid } from '@/lib/auth-session';
import { consoleConfigQuery } from '@/lib/console-config';

/**
 * Before every page: when the server requires sign-in (proxy mode, or a mock with MOCK_REQUIRE_TOKEN) and there is
 * no unexpired session, go to sign-in and come back here afterwards. An expired session is forgotten either way.
 */
export async function requireSignIn({ context, location }: { context: { queryClient: QueryClient }; location: ParsedLocation }) {
  if (location.pathname === paths.signIn.path) return;
  const session = getAuthSession();
  if (isSessionValid(session)) return;
  if (session) endAuthSession();
  const config = await context.queryClient.ensureQueryData(consoleConfigQuery);
  if (!config.sign_in_required) return;
  throw redirect({
    to: paths.signIn.path,
    search: { redirect: location.href, reason: session ? 'expired' : undefined },
    replace: true,
  });
}
