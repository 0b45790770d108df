import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { AppShell, MAIN_CONTENT_ID } from '@/components/app-shell/app-shell';
import { paths } from '@/config/paths';
import { SessionMenu } from '@/features/auth/components/session-menu';
import { useConnectionSettings } from '@/lib/connection-settings';

/** Moves focus to the main region after client-side navigation, so keyboard and screen-reader users land on the new page. */
function useFocusMainOnNavigation(pathname: string) {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [pathname]);
}

/** The console frame around every page. */
export function RootLayout() {
  const { apiBase, projectId } = useConnectionSettings();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const navigate = useNavigate();
  useFocusMainOnNavigation(pathname);
  const signOut = () => navigate({ to: paths.signIn.path, search: { reason: 'signed-out' } });
  // Query keys are read from the settings when a page renders; remounting the page on a new API base or project
  // re-keys every query. The Settings page itself is exempt so saving does not throw away its form and focus.
  const scope = pathname === paths.settings.path ? 'settings' : `${apiBase} ${projectId}`;
  return (
    <AppShell headerExtra={<SessionMenu onSignOut={signOut} />}>
      <Outlet key={scope} />
    </AppShell>
  );
}
