import type { VpnConnection } from '@contract/vpn-connection';
import type { VpnGateway } from '@contract/vpn-gateway';

/**
 * The gateway list API omits used_connection_number (only show has it), so the wizard would see every gateway
 * as empty. Count the project's connections per gateway instead, keeping a value the API did send.
 */
export function withConnectionUsage(gateways: VpnGateway[], connections: VpnConnection[] | undefined): VpnGateway[] {
  if (!connections) return gateways;
  const used = new Map<string, number>();
  for (const c of connections) used.set(c.vgw_id, (used.get(c.vgw_id) ?? 0) + 1);
  return gateways.map((g) => (g.used_connection_number === undefined ? { ...g, used_connection_number: used.get(g.id) ?? 0 } : g));
}
