import { Hono } from 'hono';
import { v5Routes } from '../../contract/api-paths.ts';
import { gatewayAddresses } from '../../contract/vpn-gateway.ts';
import type { AppEnv } from '../app-env.ts';
import { OtcHttpError, resourceNotFound } from '../http-error.ts';
import { idOf, projectIdOf, respond } from '../respond.ts';
import { connectionLog } from '../store/connection-log.ts';
import type { MockStore } from '../store/store.ts';

/** The feature flag a gateway lists in supported_features when it can return connection logs. */
export const LOG_FEATURE = 'query_connection_log';

/** GET /v5/{project_id}/vpn-connection/{id}/log: the last IKE/IPsec negotiation lines of a connection. */
export function vpnConnectionLogRoutes(store: MockStore): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get(v5Routes.vpnConnectionLog, (c) => {
    const project = store.project(projectIdOf(c));
    const id = idOf(c);
    const record = project.vpnConnections.find((r) => r.connection.id === id);
    if (!record) throw resourceNotFound('VPN connection', id);
    const gateway = project.vpnGateways.find((g) => g.id === record.connection.vgw_id);
    if (!gateway?.supported_features?.includes(LOG_FEATURE)) {
      throw new OtcHttpError(
        400,
        'VPN.0304',
        `Query connection log is only supported for newer VPN gateway. (VPN gateway ${gateway?.name ?? record.connection.vgw_id} does not list ${LOG_FEATURE} in supported_features.)`,
      );
    }
    // MOCK_LAB=1: a lab-backed connection answers with its real charon negotiation lines.
    const live = store.lab?.logs(projectIdOf(c), id);
    if (live) return respond(c, { logs: live });
    const cgw = project.customerGateways.find((g) => g.id === record.connection.cgw_id);
    const address = gatewayAddresses(gateway).find((a) => a.vgwIp === record.connection.vgw_ip);
    const logs = connectionLog({
      record,
      localIp: address?.address ?? record.connection.vgw_ip,
      remoteIp: cgw?.id_value ?? 'unknown-peer',
      localSubnets: gateway.local_subnets ?? [],
      nowMs: store.clock.now(),
      transitionMs: store.transitionMs,
    });
    return respond(c, { logs });
  });

  return routes;
}
