import type { CustomerGateway } from '@contract/customer-gateway';
import type { VpnConnection } from '@contract/vpn-connection';
import type { VpnGateway } from '@contract/vpn-gateway';
import { buildConnectionLookups } from '@/app/routes/vpn-connections/connection-lookups';
import type { ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';
import { isRecord } from '@/lib/plain-json';

// The first paint reads the API's JSON before the schemas have loaded, so it checks only what it draws and
// draws nothing when that does not hold. The application validates the same responses in full.

const strings = (v: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => typeof v[k] === 'string');
const optionalStrings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
const STYLES: readonly unknown[] = ['STATIC', 'POLICY', 'BGP'];

function listOf(body: unknown, key: string, valid: (item: Record<string, unknown>) => boolean): Record<string, unknown>[] | undefined {
  if (!isRecord(body)) return undefined;
  const list = body[key];
  if (!Array.isArray(list)) return undefined;
  return list.every((item) => isRecord(item) && valid(item)) ? (list as Record<string, unknown>[]) : undefined;
}

const connectionValid = (c: Record<string, unknown>) =>
  strings(c, ['id', 'name', 'vgw_id', 'cgw_id']) &&
  STYLES.includes(c.style) &&
  optionalStrings(c.peer_subnets) &&
  (c.policy_rules === undefined ||
    (Array.isArray(c.policy_rules) && c.policy_rules.every((r) => isRecord(r) && optionalStrings(r.destination))));

/** The first page's connections, or undefined when the body is not what the table can draw. */
export function readConnections(body: unknown): VpnConnection[] | undefined {
  return listOf(body, 'vpn_connections', connectionValid) as VpnConnection[] | undefined;
}

/** Gateway names and addresses; a list that failed or looks wrong is left out (the table shows ids, as the app does). */
export function readLookups(gatewaysBody: unknown, customerGatewaysBody: unknown): ConnectionLookups {
  const gateways = listOf(gatewaysBody, 'vpn_gateways', (g) => strings(g, ['id', 'name']));
  const customerGateways = listOf(customerGatewaysBody, 'customer_gateways', (g) => strings(g, ['id', 'name', 'id_value']));
  return buildConnectionLookups(gateways as VpnGateway[] | undefined, customerGateways as CustomerGateway[] | undefined);
}
