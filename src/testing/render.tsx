// Renders components the way the app does: Mantine with the app theme, a fresh QueryClient, and (when a test
// needs links or search params) a memory-history TanStack Router.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createMemoryHistory, createRootRoute, createRouter } from '@tanstack/react-router';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { theme } from '@/app/theme';

/** A client that fails fast: no retries, so an error state shows on the first failed request. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

interface Options {
  /** @default a fresh createTestQueryClient() */
  queryClient?: QueryClient;
}

function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    // env="test" turns off transitions and portals, so what a test renders is in the container immediately.
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

/** Renders `ui` inside Mantine and React Query. */
export function renderWithProviders(ui: ReactElement, options: Options = {}): RenderResult & { queryClient: QueryClient } {
  const queryClient = options.queryClient ?? createTestQueryClient();
  return { ...render(<Providers queryClient={queryClient}>{ui}</Providers>), queryClient };
}

/**
 * Renders `ui` as the page at `path` of a memory-history router, for components that use Link, useNavigate or
 * search params. Resolves once the router has loaded, so the first assertion already sees the UI.
 */
export async function renderWithRouter(ui: ReactElement, options: Options & { path?: string } = {}) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const rootRoute = createRootRoute({ component: () => ui });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: [options.path ?? '/'] }),
  });
  await router.load();
  const result = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, queryClient, router };
}
