import { bgpAsnProblem } from '../../contract/connection-form.ts';
import { gatewayAddresses, type GatewayAddress } from '../../contract/vpn-gateway.ts';
import { gatewayNotReady, invalidRequest } from '../http-error.ts';
import { firstOverlap, formatTunnelBlock, tunnelBlockOf } from './cidr.ts';
import type { ProjectState, StoredCustomerGateway, StoredGateway } from './types.ts';

// Rules that need other objects of the project (the schema alone cannot know them). Each failure is
// a 400 VPN.0001 naming the field, saying what is wrong and what would be right.

const field = (name: string) => `vpn_connection.${name}`;

export function findGateway(project: ProjectState, id: string): StoredGateway {
  const gateway = project.vpnGateways.find((g) => g.id === id);
  if (!gateway) {
    throw invalidRequest(`${field('vgw_id')}: VPN gateway ${id} does not exist in this project; pick one from GET /v5/{project_id}/vpn-gateways`);
  }
  if (gateway.status !== undefined && gateway.status !== 'ACTIVE') throw gatewayNotReady(gateway.name, gateway.status);
  return gateway;
}

export function findCustomerGateway(project: ProjectState, id: string): StoredCustomerGateway {
  const cgw = project.customerGateways.find((g) => g.id === id);
  if (!cgw) {
    throw invalidRequest(
      `${field('cgw_id')}: customer gateway ${id} does not exist in this project; pick one from GET /v5/{project_id}/customer-gateways or create it first`,
    );
  }
  return cgw;
}

function describeAddresses(addresses: readonly GatewayAddress[]): string {
  return addresses.map((a) => (a.vgwIp === a.address ? a.vgwIp : `${a.vgwIp} (${a.label}, ${a.address})`)).join(' or ');
}

/** vgw_ip must be one of the gateway's own addresses: an EIP id (public) or a private IP (private). */
export function resolveAddress(gateway: StoredGateway, vgwIp: string): GatewayAddress {
  const addresses = gatewayAddresses(gateway);
  const address = addresses.find((a) => a.vgwIp === vgwIp);
  if (address) return address;
  const kind = gateway.network_type === 'private' ? 'one of its private IP addresses' : 'the id of one of its EIPs';
  throw invalidRequest(
    `${field('vgw_ip')}: ${vgwIp} is not an address of VPN gateway ${gateway.name}; use ${kind}: ${describeAddresses(addresses)}`,
  );
}

/** Active-standby gateways: master ↔ active address (slot 1), slave ↔ standby address (slot 2). */
export function checkHaRole(gateway: StoredGateway, address: GatewayAddress, haRole: string): void {
  if (gateway.ha_mode === 'active-standby') {
    if (haRole !== address.haRole) {
      throw invalidRequest(
        `${field('ha_role')}: ${address.address} is the ${address.slot === 1 ? 'active' : 'standby'} address of active-standby gateway ${gateway.name}, so ha_role must be ${address.haRole}`,
      );
    }
  } else if (haRole !== 'master') {
    throw invalidRequest(`${field('ha_role')}: gateway ${gateway.name} is active-active, where every connection is master; leave ha_role out or send master`);
  }
}

export function usedConnections(project: ProjectState, gatewayId: string): number {
  return project.vpnConnections.reduce((n, r) => (r.connection.vgw_id === gatewayId ? n + 1 : n), 0);
}

/** Connection groups in use: one per customer gateway the gateway connects to. */
export function usedConnectionGroups(project: ProjectState, gatewayId: string): number {
  return new Set(project.vpnConnections.filter((r) => r.connection.vgw_id === gatewayId).map((r) => r.connection.cgw_id)).size;
}

export function checkCapacity(project: ProjectState, gateway: StoredGateway): void {
  const limit = gateway.connection_number ?? Infinity;
  const used = usedConnections(project, gateway.id);
  if (used >= limit) {
    throw invalidRequest(
      `${field('vgw_id')}: VPN gateway ${gateway.name} already uses ${used} of its ${limit} connections; delete a connection on it or choose another gateway`,
    );
  }
}

/** The same gateway address may carry only one connection to a given customer gateway. */
export function checkAddressPairUnique(project: ProjectState, vgwIp: string, cgw: StoredCustomerGateway, exceptId?: string): void {
  const clash = project.vpnConnections.find(
    (r) => r.connection.id !== exceptId && r.connection.vgw_ip === vgwIp && r.connection.cgw_id === cgw.id,
  );
  if (clash) {
    throw invalidRequest(
      `${field('vgw_ip')}: gateway address ${vgwIp} already has connection ${clash.connection.name} to customer gateway ${cgw.name}; use the gateway's other address or another customer gateway`,
    );
  }
}

export function checkPeerSubnets(gateway: StoredGateway, style: string, peerSubnets: readonly string[] | undefined): void {
  const er = gateway.attachment_type === 'er';
  if (!peerSubnets || peerSubnets.length === 0) {
    if (er && style !== 'static') return;
    throw invalidRequest(
      `${field('peer_subnets')}: add at least one customer subnet (the network behind the customer gateway), e.g. 192.168.44.0/24; only policy and BGP connections on enterprise-router gateways may leave it out`,
    );
  }
  const overlap = firstOverlap(peerSubnets, gateway.local_subnets ?? []);
  if (overlap) {
    throw invalidRequest(
      `${field('peer_subnets')}: ${overlap[0]} overlaps ${overlap[1]}, a local subnet of gateway ${gateway.name}; customer subnets must lie outside the cloud-side subnets`,
    );
  }
}

/** The same words as the wizard's hint (contract/connection-form.ts), so the 400 and the field agree. */
export function checkBgpAsn(gateway: StoredGateway, cgw: StoredCustomerGateway, style: string): void {
  if (style !== 'bgp') return;
  const problem = bgpAsnProblem(gateway, cgw);
  if (problem) throw invalidRequest(`${field('cgw_id')}: ${problem}`);
}

/** Tunnel interface pairs are unique per gateway: no two connections may share a /30 block. */
export function usedTunnelBlocks(project: ProjectState, gatewayId: string, exceptId?: string): Set<number> {
  const used = new Set<number>();
  for (const r of project.vpnConnections) {
    if (r.connection.vgw_id !== gatewayId || r.connection.id === exceptId) continue;
    const block = tunnelBlockOf(r.connection.tunnel_local_address);
    if (block !== undefined) used.add(block);
  }
  return used;
}

export function checkTunnelFree(project: ProjectState, gateway: StoredGateway, local: string, exceptId?: string): void {
  const block = tunnelBlockOf(local);
  if (block === undefined) return;
  const clash = project.vpnConnections.find(
    (r) => r.connection.vgw_id === gateway.id && r.connection.id !== exceptId && tunnelBlockOf(r.connection.tunnel_local_address) === block,
  );
  if (clash) {
    throw invalidRequest(
      `${field('tunnel_local_address')}: ${formatTunnelBlock(block)} is already used by connection ${clash.connection.name} on gateway ${gateway.name}; pick another 169.254.x.x/30 or leave both tunnel addresses out to have a free pair assigned`,
    );
  }
}
