import type { CreateVpnGateway } from '../../contract/vpn-gateway-requests.ts';
import { invalidRequest } from '../http-error.ts';
import { generatedName, otcTimestamp } from '../ids.ts';
import { chooseZones } from './availability-zones.ts';
import { buildEip, privateIps, requireDistinctEips } from './gateway-addresses.ts';
import { connectionNumberOf, supportedFlavorsOf } from './gateway-rules.ts';
import type { ProjectState, StoredGateway } from './types.ts';

/** The subnet private IPs come from: access_subnet_id wins over connect_subnet (docs A.1). */
function accessSubnetOf(input: CreateVpnGateway): string {
  const subnet = input.access_subnet_id ?? input.connect_subnet;
  if (!subnet) {
    throw invalidRequest('vpn_gateway.access_subnet_id: a private gateway needs a subnet for its two private IPs; give access_subnet_id (or connect_subnet)');
  }
  return subnet;
}

function addressesOf(project: ProjectState, input: CreateVpnGateway): Partial<StoredGateway> {
  if (input.network_type === 'private') {
    const requested = input.access_private_ip_1 && input.access_private_ip_2 ? ([input.access_private_ip_1, input.access_private_ip_2] as [string, string]) : undefined;
    const [ip1, ip2] = privateIps(project, accessSubnetOf(input), requested);
    return { access_private_ip_1: ip1, access_private_ip_2: ip2 };
  }
  requireDistinctEips(input.eip1?.id, input.eip2?.id);
  const eip1 = buildEip(project, input.eip1, 'vpn_gateway.eip1.id');
  // A second new EIP without its own settings gets the first one's bandwidth size (not its name or shared bandwidth).
  const copied = input.eip1 && !input.eip1.id ? { type: input.eip1.type, bandwidth_size: input.eip1.bandwidth_size } : undefined;
  const eip2 = buildEip(project, input.eip2 ?? copied, 'vpn_gateway.eip2.id');
  return { eip1, eip2 };
}

/**
 * A new gateway in PENDING_CREATE with everything the API will show once it is ACTIVE: zones, EIPs or
 * private IPs, capacity and capabilities. Throws the OTC error for any cross-object rule it breaks.
 */
export function buildNewGateway(project: ProjectState, input: CreateVpnGateway, id: string, createdMs: number): StoredGateway {
  const zones = chooseZones(input.flavor, input.attachment_type, input.availability_zone_ids);
  const vpc = input.attachment_type === 'vpc';
  const accessVpc = input.access_vpc_id ?? input.vpc_id;
  const accessSubnet = input.access_subnet_id ?? input.connect_subnet;
  const stamp = otcTimestamp(createdMs);
  return {
    id,
    name: input.name ?? generatedName('vpngw'),
    network_type: input.network_type,
    status: 'PENDING_CREATE',
    attachment_type: input.attachment_type,
    ip_version: input.ip_version,
    ...(input.er_id ? { er_id: input.er_id } : {}),
    ...(input.vpc_id ? { vpc_id: input.vpc_id } : {}),
    ...(vpc && input.local_subnets ? { local_subnets: [...input.local_subnets] } : {}),
    ...(input.connect_subnet ? { connect_subnet: input.connect_subnet } : {}),
    bgp_asn: input.bgp_asn,
    flavor: input.flavor,
    availability_zone_ids: zones,
    connection_number: connectionNumberOf(input.flavor),
    enterprise_project_id: input.enterprise_project_id ?? '0',
    ...addressesOf(project, input),
    created_at: stamp,
    updated_at: stamp,
    ...(accessVpc ? { access_vpc_id: accessVpc } : {}),
    ...(accessSubnet ? { access_subnet_id: accessSubnet } : {}),
    ha_mode: input.ha_mode,
    supported_flavors: supportedFlavorsOf(input.flavor),
    supported_features: ['query_connection_log'],
    tags: input.tags ? input.tags.map((t) => ({ ...t })) : [],
  };
}
