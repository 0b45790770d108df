import type { QueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { endAuthSession, getAuthSession, onUnauthorized } from '@/lib/auth-session';
import { consoleConfigQuery } from '@/lib/console-config';
import type { createAppRouter } from '@/app/router';

/**
 * A 401 from the API means the token expired or was revoked. When the console runs with sign-in (required by
 * the server, or a session the admin started), go to sign-in and come back to this page afterwards. Without
 * sign-in (the plain mock) the error stays on the page as before. Returns the unsubscribe function.
 */
export function redirectToSignInOnUnauthorized(router: ReturnType<typeof createAppRouter>, queryClient: QueryClient): () => void {
  let leaving = false;
  return onUnauthorized(() => {
    const required = queryClient.getQueryData(consoleConfigQuery.queryKey)?.sign_in_required ?? false;
    const location = router.state.location;
    if (leaving || location.pathname === paths.signIn.path || !(required || getAuthSession())) return;
    leaving = true;
    // Leave first, then forget the token: the page still mounted would otherwise refetch with the default one.
    void router
      .navigate({ to: paths.signIn.path, search: { redirect: location.href, reason: 'expired' }, replace: true })
      .finally(() => {
        endAuthSession();
        leaving = false;
      });
  });
}
