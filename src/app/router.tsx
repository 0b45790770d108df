import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { requireSignIn } from '@/app/routes/auth-guard';
import { classicWizardSearchSchema } from '@/app/routes/classic-vpn/create-search';
import { NotFound } from '@/app/routes/not-found';
import { connectionWizardSearchSchema } from '@/app/routes/vpn-connections/create-search';
import { connectionDetailSearchSchema } from '@/app/routes/vpn-connections/detail-search';
import { prefetchConnectionList } from '@/app/routes/vpn-connections/list-loader';
import { connectionListSearchSchema } from '@/features/vpn-connections/components/connection-table/list-view';
import { RootLayout } from '@/app/routes/root-layout';
import { RouteError } from '@/app/routes/route-error';
import { signInSearchSchema } from '@/app/routes/sign-in-search';
import { paths } from '@/config/paths';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
  // Real-cloud mode: no page without a signed-in IAM token (the server says whether sign-in is required).
  beforeLoad: requireSignIn,
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

// Routes are declared before the tree: written inline in the addChildren array, createRoute infers its type
// parameters from the array's contextual AnyRoute type, their ids become `any`, and every getRouteApi(...)
// then sees the search params of all such routes mixed together.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.signIn.path,
  validateSearch: signInSearchSchema,
  component: lazyRouteComponent(() => import('@/app/routes/sign-in'), 'SignInRoute'),
});
const vpnConnectionListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.vpnConnections.path,
  // Search, filters, sort and page live in the URL (?q=munich&status=["DOWN"]&sort=name&page=2).
  validateSearch: connectionListSearchSchema,
  loaderDeps: ({ search }) => ({ vgw: search.vgw }),
  loader: ({ context, deps }) => prefetchConnectionList(context.queryClient, deps.vgw),
  component: lazyRouteComponent(() => import('@/app/routes/vpn-connections/list'), 'VpnConnectionListRoute'),
});
const vpnConnectionCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.vpnConnectionCreate.path,
  // The wizard's style and step live in the URL (?style=bgp&step=networking).
  validateSearch: connectionWizardSearchSchema,
  component: lazyRouteComponent(() => import('@/app/routes/vpn-connections/create'), 'VpnConnectionCreateRoute'),
});
const vpnConnectionDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.vpnConnection.path,
  // The open tab and the log filters live in the URL (?tab=logs&range=1h&logq=proposal).
  validateSearch: connectionDetailSearchSchema,
  component: lazyRouteComponent(() => import('@/app/routes/vpn-connections/detail'), 'VpnConnectionDetailRoute'),
});
const classicConnectionCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.classicConnectionCreate.path,
  // The classic wizard's step lives in the URL (?step=networks).
  validateSearch: classicWizardSearchSchema,
  component: lazyRouteComponent(() => import('@/app/routes/classic-vpn/create'), 'ClassicConnectionCreateRoute'),
});

// Every page is its own chunk: the first load fetches the shell plus the page being opened.
const routeTree = rootRoute.addChildren([
  indexRoute,
  signInRoute,
  vpnConnectionListRoute,
  vpnConnectionCreateRoute,
  vpnConnectionDetailRoute,
  child(
    paths.vpnConnectionEdit.path,
    lazyRouteComponent(() => import('@/app/routes/vpn-connections/edit'), 'VpnConnectionEditRoute'),
  ),
  child(paths.vpnGateways.path, lazyRouteComponent(() => import('@/app/routes/vpn-gateways/list'), 'VpnGatewayListRoute')),
  child(
    paths.vpnGatewayCreate.path,
    lazyRouteComponent(() => import('@/app/routes/vpn-gateways/create'), 'VpnGatewayCreateRoute'),
  ),
  child(paths.vpnGateway.path, lazyRouteComponent(() => import('@/app/routes/vpn-gateways/detail'), 'VpnGatewayDetailRoute')),
  child(
    paths.customerGateways.path,
    lazyRouteComponent(() => import('@/app/routes/customer-gateways/list'), 'CustomerGatewayListRoute'),
  ),
  child(
    paths.customerGateway.path,
    lazyRouteComponent(() => import('@/app/routes/customer-gateways/detail'), 'CustomerGatewayDetailRoute'),
  ),
  child(paths.classicVpn.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/list'), 'ClassicVpnListRoute')),
  classicConnectionCreateRoute,
  child(paths.classicConnection.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/detail'), 'ClassicConnectionDetailRoute')),
  child(paths.classicConnectionEdit.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/edit'), 'ClassicConnectionEditRoute')),
  child(paths.classicVpnServices.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/vpn-services'), 'ClassicVpnServicesRoute')),
  child(paths.classicIkePolicies.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/ike-policies'), 'ClassicIkePoliciesRoute')),
  child(paths.classicIpsecPolicies.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/ipsec-policies'), 'ClassicIpsecPoliciesRoute')),
  child(paths.classicEndpointGroups.path, lazyRouteComponent(() => import('@/app/routes/classic-vpn/endpoint-groups'), 'ClassicEndpointGroupsRoute')),
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
