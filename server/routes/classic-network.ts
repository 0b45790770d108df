import { Hono } from 'hono';
import { classicRoutes } from '../../contract/classic/classic-paths.ts';
import { tenantOf, type ClassicEnv } from '../classic/classic-env.ts';
import { selectFields } from '../classic/classic-http.ts';
import type { ClassicStore } from '../classic/classic-store.ts';

/** Read-only Neutron GET /v2.0/routers and /v2.0/subnets of the seeded VPCs, for the console's pickers. */
export function classicNetworkRoutes(store: ClassicStore): Hono<ClassicEnv> {
  const routes = new Hono<ClassicEnv>();

  routes.get(classicRoutes.routers, (c) => c.json({ routers: store.state(tenantOf(c)).routers.map((r) => selectFields(c, r)) }));

  // Neutron filters by attribute; vpc_id (OTC's router = VPC) and network_id are the useful ones here.
  routes.get(classicRoutes.subnets, (c) => {
    const vpcId = c.req.query('vpc_id');
    const networkId = c.req.query('network_id');
    const subnets = store
      .state(tenantOf(c))
      .subnets.filter((s) => (vpcId === undefined || s.vpc_id === vpcId) && (networkId === undefined || s.network_id === networkId));
    return c.json({ subnets: subnets.map((s) => selectFields(c, s)) });
  });

  return routes;
}
