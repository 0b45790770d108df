import { otcTimestamp, seedNumber, seedUuid } from './ids.ts';
import type { CustomerGatewaySpec, GatewaySpec } from './seed-data.ts';
import type { StoredCustomerGateway, StoredGateway } from './store/types.ts';

const BANDWIDTH: Record<GatewaySpec['flavor'], number> = { Basic: 100, Professional1: 300, Professional2: 1000 };

function eip(projectId: string, gatewayKey: string, slot: 1 | 2, flavor: GatewaySpec['flavor']) {
  const n = seedNumber(projectId, `${gatewayKey}/eip${slot}/ip`, 250 * 250);
  const bw = seedNumber(projectId, `${gatewayKey}/eip${slot}/bw`, 65536).toString(16).padStart(4, '0');
  return {
    id: seedUuid(projectId, `${gatewayKey}/eip${slot}`),
    ip_version: 4,
    type: '5_bgp',
    ip_address: `80.158.${Math.floor(n / 250) + 2}.${(n % 250) + 2}`,
    charge_mode: 'bandwidth',
    bandwidth_id: seedUuid(projectId, `${gatewayKey}/eip${slot}/bandwidth`),
    bandwidth_size: BANDWIDTH[flavor],
    bandwidth_name: `vpngw-bandwidth-${bw}`,
    share_type: 'PER',
  };
}

/** A gateway in the show/list shape, ACTIVE, with every documented field for its kind. */
export function buildGateway(projectId: string, spec: GatewaySpec, createdMs: number): StoredGateway {
  const id = (what: string) => seedUuid(projectId, `${spec.key}/${what}`);
  const stamp = otcTimestamp(createdMs);
  const vpc = spec.attachment === 'vpc';
  return {
    id: seedUuid(projectId, spec.key),
    name: spec.name,
    network_type: spec.network,
    status: 'ACTIVE',
    attachment_type: spec.attachment,
    ip_version: 'ipv4',
    ...(vpc ? { vpc_id: id('vpc') } : { er_id: id('er') }),
    ...(vpc && spec.localSubnets ? { local_subnets: [...spec.localSubnets] } : {}),
    ...(vpc ? { connect_subnet: id('connect-subnet') } : {}),
    bgp_asn: spec.bgpAsn,
    flavor: spec.flavor,
    availability_zone_ids: spec.flavor === 'Basic' ? ['eu-de-01'] : ['eu-de-01', 'eu-de-02'],
    connection_number: spec.connectionNumber,
    enterprise_project_id: '0',
    ...(spec.network === 'public' ? { eip1: eip(projectId, spec.key, 1, spec.flavor), eip2: eip(projectId, spec.key, 2, spec.flavor) } : {}),
    created_at: stamp,
    updated_at: stamp,
    access_vpc_id: vpc ? id('vpc') : id('access-vpc'),
    access_subnet_id: vpc ? id('connect-subnet') : id('access-subnet'),
    ...(spec.privateIps ? { access_private_ip_1: spec.privateIps[0], access_private_ip_2: spec.privateIps[1] } : {}),
    ha_mode: spec.ha,
    supported_flavors: spec.flavor === 'Basic' ? ['Basic'] : ['Professional1', 'Professional2'],
    supported_features: ['query_connection_log'],
    tags: [],
  };
}

export function buildCustomerGateway(projectId: string, spec: CustomerGatewaySpec, createdMs: number): StoredCustomerGateway {
  const stamp = otcTimestamp(createdMs);
  return {
    id: seedUuid(projectId, spec.key),
    name: spec.name,
    id_type: 'ip',
    id_value: spec.ip,
    ...(spec.bgpAsn !== undefined ? { bgp_asn: spec.bgpAsn } : {}),
    created_at: stamp,
    updated_at: stamp,
    tags: [],
  };
}
