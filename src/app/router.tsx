import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { NotFound } from '@/app/routes/not-found';
import { RootLayout } from '@/app/routes/root-layout';
import { RouteError } from '@/app/routes/route-error';
import { paths } from '@/config/paths';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const child = <P extends string>(path: P, component: ReturnType<typeof lazyRouteComponent>) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.home.path,
  beforeLoad: () => {
    throw redirect({ to: paths.vpnConnections.path, replace: true });
  },
});

// Every page is its own chunk: the first load fetches the shell plus the page being opened.
const routeTree = rootRoute.addChildren([
  indexRoute,
  child(
    paths.vpnConnections.path,
    lazyRouteComponent(() => import('@/app/routes/vpn-connections/list'), 'VpnConnectionListRoute'),
  ),
  child(
    paths.vpnConnectionCreate.path,
    lazyRouteComponent(() => import('@/app/routes/vpn-connections/create'), 'VpnConnectionCreateRoute'),
  ),
  child(
    paths.vpnConnection.path,
    lazyRouteComponent(() => import('@/app/routes/vpn-connections/detail'), 'VpnConnectionDetailRoute'),
  ),
  child(paths.vpnGateways.path, lazyRouteComponent(() => import('@/app/routes/vpn-gateways/list'), 'VpnGatewayListRoute')),
  child(
    paths.customerGateways.path,
    lazyRouteComponent(() => import('@/app/routes/customer-gateways/list'), 'CustomerGatewayListRoute'),
  ),
  child(paths.classicVpn.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/list'), 'ClassicVpnListRoute')),
  child(paths.settings.path, lazyRouteComponent(() => import('@/app/routes/settings'), 'SettingsRoute')),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
