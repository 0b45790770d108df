// Test-only: renders a route module's component at its real path and search schema, the way the app's router
// does, so getRouteApi(...) inside the page finds its match.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  Outlet,
  RouterProvider,
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  type AnyRoute,
  type RouteComponent,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { theme } from '@/app/theme';

export interface TestRoute {
  /** Router pattern, e.g. "/vpn-connections/$id". */
  path: string;
  component: RouteComponent;
  validateSearch?: (search: Record<string, unknown>) => object;
}

/** Renders the routes with `url` as the current location; other patterns (link targets) render nothing. */
/** Fails fast like the app's tests expect: no retries, nothing garbage-collected mid-test. */
const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });

export async function renderRoutes(routes: readonly TestRoute[], url: string, queryClient: QueryClient = testQueryClient()) {
  const root = createRootRoute({ component: Outlet });
  const children: AnyRoute[] = routes.map((r) =>
    createRoute({ getParentRoute: () => root, path: r.path, component: r.component, validateSearch: r.validateSearch }),
  );
  const router = createRouter({ routeTree: root.addChildren(children), history: createMemoryHistory({ initialEntries: [url] }) });
  await router.load();
  const result = render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, router, queryClient };
}
