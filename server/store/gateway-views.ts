import type { VpnGateway } from '../../contract/vpn-gateway.ts';
import { usedConnectionGroups, usedConnections } from './connection-rules.ts';
import type { ProjectState, StoredGateway } from './types.ts';

// The documented response tables differ per operation (v5-gateways.md A.1, A.2); these shape one stored
// gateway into each of them.

/** EIPs, private IPs and timestamps appear once the gateway has been built (docs: "present when ACTIVE"). */
const BUILT_ONLY = ['eip1', 'eip2', 'access_private_ip_1', 'access_private_ip_2', 'created_at', 'updated_at'] as const;

function omit<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k))) as Partial<T>;
}

/** List entry: everything stored, without used_connection_* (not in the list table). */
export function listView(gateway: StoredGateway): VpnGateway {
  return (gateway.status === 'PENDING_CREATE' ? omit(gateway, BUILT_ONLY) : { ...gateway }) as VpnGateway;
}

/** Show: the list entry plus the live connection counts. */
export function showView(project: ProjectState, gateway: StoredGateway): VpnGateway {
  return {
    ...listView(gateway),
    used_connection_number: usedConnections(project, gateway.id),
    used_connection_group: usedConnectionGroups(project, gateway.id),
  };
}

const CREATE_FIELDS = [
  'id', 'name', 'network_type', 'attachment_type', 'ip_version', 'er_id', 'vpc_id', 'local_subnets', 'connect_subnet', 'bgp_asn',
  'flavor', 'connection_number', 'used_connection_number', 'used_connection_group', 'enterprise_project_id', 'access_vpc_id',
  'access_subnet_id', 'ha_mode', 'tags',
];

/** Create (201): the create table has no status, no EIPs and no private IPs; poll show until ACTIVE. */
export function createView(project: ProjectState, gateway: StoredGateway): Partial<VpnGateway> {
  const shown = showView(project, gateway) as Record<string, unknown>;
  return Object.fromEntries(CREATE_FIELDS.filter((k) => shown[k] !== undefined).map((k) => [k, shown[k]])) as Partial<VpnGateway>;
}

/** Update and change of specification: the show table minus status and the capability fields. */
export function updateView(project: ProjectState, gateway: StoredGateway): Partial<VpnGateway> {
  return omit(showView(project, gateway), ['status', 'supported_flavors', 'supported_features']);
}
