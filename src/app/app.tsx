import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect } from 'react';
import { startEarlyRequests } from '@/app/early-start';
import { createAppRouter } from '@/app/router';
import { cssVariablesResolver, theme } from '@/app/theme';
import { redirectToSignInOnUnauthorized } from '@/app/unauthorized-redirect';
import { paths } from '@/config/paths';
import { subscribeConnectionSettings } from '@/lib/connection-settings';
import { dismissFirstPaint } from '@/lib/first-paint-handoff';
import { clearBackgroundErrorNotice, createQueryClient } from '@/lib/query-client';

// Module-level singletons: exactly one QueryClient and one router for the life of the page.
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
startEarlyRequests(queryClient, window.location);
// The list's first paint is the list's to remove (when its rows show); any other page removes it at once.
router.subscribe('onRendered', ({ toLocation }) => {
  if (toLocation.pathname !== paths.vpnConnections.path) dismissFirstPaint();
});

/** Providers and the router: the whole console. */
export function App() {
  useEffect(
    () =>
      subscribeConnectionSettings(() => {
        // New endpoint, project or token: old failures are moot, and queries whose key did not change
        // (a token-only change) must refetch with the new credentials.
        clearBackgroundErrorNotice();
        void queryClient.invalidateQueries();
      }),
    [],
  );
  useEffect(() => redirectToSignInOnUnauthorized(router, queryClient), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" limit={3} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
