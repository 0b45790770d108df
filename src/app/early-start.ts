import type { QueryClient } from '@tanstack/react-query';
import { prefetchConnectionList } from '@/app/routes/vpn-connections/list-loader';
import { paths } from '@/config/paths';
import { getAuthSession, isSessionValid } from '@/lib/auth-session';
import { consoleConfigQuery } from '@/lib/console-config';

/**
 * Runs once, before React's first render: on the connection list (the page admins land on) it asks for the
 * page's code and its first connections at once. Otherwise the list request would wait for the first render,
 * the sign-in guard and the route's code, one after the other. The requests are the route loader's own
 * queries, so the loader joins them instead of asking again.
 */
export function startEarlyRequests(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  // Embedded in index.html by the console's server (synchronous); fetched under `vite dev`.
  const config = queryClient.ensureQueryData(consoleConfigQuery);
  if (location.pathname !== paths.vpnConnections.path) return;
  // In a later task, after the data requests: the import adds a preload link per chunk, which takes a while.
  setTimeout(() => void import('@/app/routes/vpn-connections/list'), 0);
  // A gateway-filtered list is a different query; the route loader starts it once the search is validated.
  if (new URLSearchParams(location.search).has('vgw')) return;
  const start = () => prefetchConnectionList(queryClient, undefined);
  if (isSessionValid(getAuthSession())) return start();
  // Without a session, ask only a server that does not require sign-in (the guard sends the user there).
  const known = queryClient.getQueryData(consoleConfigQuery.queryKey);
  if (known) {
    if (!known.sign_in_required) start();
    return;
  }
  void config.then((c) => (c.sign_in_required ? undefined : start()));
}
