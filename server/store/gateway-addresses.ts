import type { z } from 'zod';
import { formatIpv4, parseIpv4 } from '../../contract/ipv4.ts';
import type { createEipSchema } from '../../contract/vpn-gateway-requests.ts';
import type { Eip } from '../../contract/vpn-gateway.ts';
import { OtcHttpError, invalidRequest } from '../http-error.ts';
import { newUuid, seedNumber } from '../ids.ts';
import type { ProjectState } from './types.ts';

// The mock has no VPC or EIP service behind it, so it derives what those would answer: a subnet id
// stands for a /24, an EIP id for a public address. The rules are stable, so tests can predict them.

type CreateEip = z.output<typeof createEipSchema>;

/** Bandwidth of an EIP the mock creates when the request names none (or binds an existing EIP). */
export const DEFAULT_EIP_BANDWIDTH = 100;

/**
 * The /24 a subnet id stands for: the block of private IPs gateways already hold on that subnet (so the
 * seeded private gateways keep their addresses), else 192.168.N.0/24 derived from the id.
 */
export function subnetBlock(project: ProjectState, subnetId: string): number {
  const known = project.vpnGateways.find((g) => g.access_subnet_id === subnetId && g.access_private_ip_1);
  const ip = known?.access_private_ip_1 ? parseIpv4(known.access_private_ip_1) : null;
  if (ip !== null) return ip - (ip % 256);
  return (parseIpv4('192.168.0.0') ?? 0) + (seedNumber('subnet', subnetId, 200) + 20) * 256;
}

// Network, VPC gateway, DHCP/DNS and broadcast addresses of a /24 are never allocatable.
const RESERVED_HOSTS = new Set([0, 1, 253, 254, 255]);

function occupiedPrivateIps(project: ProjectState): Set<string> {
  const ips = new Set<string>();
  for (const g of project.vpnGateways) {
    if (g.access_private_ip_1) ips.add(g.access_private_ip_1);
    if (g.access_private_ip_2) ips.add(g.access_private_ip_2);
  }
  return ips;
}

/** Checks requested private IPs (VPN.0104/0110/0111) or allocates the two lowest free ones. */
export function privateIps(project: ProjectState, subnetId: string, requested: [string, string] | undefined): [string, string] {
  const block = subnetBlock(project, subnetId);
  const cidr = `${formatIpv4(block)}/24`;
  const occupied = occupiedPrivateIps(project);
  if (requested) {
    for (const ip of requested) {
      const n = parseIpv4(ip) ?? -1;
      if (n - (n % 256) !== block) throw new OtcHttpError(400, 'VPN.0104', `${ip} is not in subnet: ${subnetId} (${cidr}); pick an address inside ${cidr}`);
      if (RESERVED_HOSTS.has(n % 256)) {
        throw new OtcHttpError(400, 'VPN.0110', `${ip} is a system reserved address and cannot be allocated; .0, .1, .253, .254 and .255 of ${cidr} are reserved`);
      }
      if (occupied.has(ip)) throw new OtcHttpError(400, 'VPN.0111', `Private IP ${ip} is occupied; choose a free address in ${cidr} or leave both empty`);
    }
    return requested;
  }
  const free: string[] = [];
  for (let host = 2; host < 253 && free.length < 2; host++) {
    const ip = formatIpv4(block + host);
    if (!occupied.has(ip)) free.push(ip);
  }
  const [a, b] = free;
  if (!a || !b) throw new OtcHttpError(400, 'VPN.0285', `Subnet ${subnetId} only has ${free.length} IP available, but 2 is required`);
  return [a, b];
}

function boundEipIds(project: ProjectState): Map<string, string> {
  const bound = new Map<string, string>();
  for (const g of project.vpnGateways) {
    if (g.eip1?.id) bound.set(g.eip1.id, g.name);
    if (g.eip2?.id) bound.set(g.eip2.id, g.name);
  }
  return bound;
}

/** VPN.0112 when the EIP already belongs to a gateway of the project. */
export function checkEipFree(project: ProjectState, eipId: string, field: string): void {
  const owner = boundEipIds(project).get(eipId);
  if (owner) throw new OtcHttpError(400, 'VPN.0112', `EIP ${eipId} has been bound to an instance. (${field}: it belongs to VPN gateway ${owner}; choose an unbound EIP)`);
}

/** A public address for an EIP id, unique among the project's EIPs. */
function publicAddress(project: ProjectState, eipId: string): string {
  const taken = new Set(project.vpnGateways.flatMap((g) => [g.eip1?.ip_address, g.eip2?.ip_address]));
  for (let salt = 0; ; salt++) {
    const n = seedNumber('eip', `${eipId}/${salt}`, 250 * 250);
    const ip = `80.158.${Math.floor(n / 250) + 2}.${(n % 250) + 2}`;
    if (!taken.has(ip)) return ip;
  }
}

/** The ResponseEip of an existing EIP (by id) or of a new one built from the request. */
export function buildEip(project: ProjectState, request: CreateEip | undefined, field: string): Eip {
  if (request?.id) {
    checkEipFree(project, request.id, field);
    return existingEip(project, request.id);
  }
  const id = newUuid();
  const shared = request?.bandwidth_id !== undefined;
  return {
    id,
    ip_version: 4,
    type: request?.type ?? '5_bgp',
    ip_address: publicAddress(project, id),
    charge_mode: 'bandwidth',
    bandwidth_id: request?.bandwidth_id ?? newUuid(),
    bandwidth_size: request?.bandwidth_size ?? DEFAULT_EIP_BANDWIDTH,
    bandwidth_name: request?.bandwidth_name ?? `vpngw-bandwidth-${id.slice(0, 4)}`,
    share_type: shared ? 'WHOLE' : 'PER',
  };
}

/** An EIP the caller created elsewhere: the mock knows only its id, so the rest is derived. */
export function existingEip(project: ProjectState, id: string): Eip {
  return {
    id,
    ip_version: 4,
    type: '5_bgp',
    ip_address: publicAddress(project, id),
    charge_mode: 'bandwidth',
    bandwidth_id: newUuid(),
    bandwidth_size: DEFAULT_EIP_BANDWIDTH,
    bandwidth_name: `vpngw-bandwidth-${id.slice(0, 4)}`,
    share_type: 'PER',
  };
}

export function requireDistinctEips(eip1: string | undefined, eip2: string | undefined): void {
  if (eip1 && eip1 === eip2) throw invalidRequest(`vpn_gateway.eip2.id: ${eip2} is already eip1; each slot needs its own EIP`);
}
