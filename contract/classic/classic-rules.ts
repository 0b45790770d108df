import { cidrOverlaps, parseCidr } from '../ipv4.ts';

// Cross-object rules of a classic connection, shared by the mock server (400 messages) and the console (live
// hints), so both say the same words.

export interface SubnetLike {
  id: string;
  name?: string | undefined;
  cidr: string;
  /** The subnet's VPC (router). Absent when the API does not say: a plain Neutron subnet has only network_id. */
  vpc_id?: string | undefined;
}

export interface RouterLike {
  id: string;
  name?: string | undefined;
}

const subnetLabel = (s: SubnetLike) => `${s.name ?? s.id} (${s.cidr})`;
const routerLabel = (r: RouterLike | undefined, id: string) => (r?.name ? `${r.name}` : id);

/**
 * False only when the subnet is known to be in another VPC. Without a vpc_id the console cannot tell, and leaves
 * the judgement to the API (which refuses a foreign subnet when the group is used).
 */
export function mayBeInVpc(subnet: SubnetLike, routerId: string): boolean {
  return subnet.vpc_id === undefined || subnet.vpc_id === routerId;
}

/** A local endpoint group may only hold subnets of the VPN service's router (its VPC). */
export function subnetOffRouterMessage(subnet: SubnetLike, router: RouterLike | undefined, routerId: string): string {
  return `Subnet ${subnetLabel(subnet)} is not in VPC ${routerLabel(router, routerId)}; the local endpoint group may hold only subnets of the VPN service's VPC`;
}

export function unknownSubnetMessage(id: string): string {
  return `Subnet ${id} does not exist in this project; choose one of the VPC's subnets`;
}

export interface PeerOverlap {
  /** Index of the peer CIDR in its list. */
  index: number;
  cidr: string;
  subnet: SubnetLike;
}

/** Peer CIDRs that overlap one of the local subnets (the peer side must use other addresses). */
export function findPeerOverlaps(peerCidrs: readonly string[], localSubnets: readonly SubnetLike[]): PeerOverlap[] {
  const local = localSubnets.map((s) => ({ subnet: s, cidr: parseCidr(s.cidr) }));
  const out: PeerOverlap[] = [];
  peerCidrs.forEach((cidr, index) => {
    const peer = parseCidr(cidr);
    if (!peer) return;
    const clash = local.find((l) => l.cidr !== null && cidrOverlaps(l.cidr, peer));
    if (clash) out.push({ index, cidr, subnet: clash.subnet });
  });
  return out;
}

export function peerOverlapMessage(overlap: PeerOverlap): string {
  return `${overlap.cidr} overlaps the local subnet ${subnetLabel(overlap.subnet)}; the customer side must use addresses the VPC does not use`;
}

export const LOCAL_GROUP_TYPE_MESSAGE = 'The local endpoint group must be of type subnet (VPC subnets); choose or create a subnet group';
export const PEER_GROUP_TYPE_MESSAGE = 'The peer endpoint group must be of type cidr (customer CIDR blocks); choose or create a cidr group';

/** OTC quota (UMN): 2 classic VPN services per project and region. */
export const MAX_VPN_SERVICES = 2;
/** OTC quota (UMN): 12 classic VPN connections per project and region, not increasable. */
export const MAX_CLASSIC_CONNECTIONS = 12;

export function serviceQuotaMessage(count: number): string {
  return `This project already has ${count} classic VPN services, the OTC limit of ${MAX_VPN_SERVICES} per region; use an existing service or delete one`;
}

export function connectionQuotaMessage(count: number): string {
  return `This project already has ${count} classic VPN connections, the OTC limit of ${MAX_CLASSIC_CONNECTIONS} per region (not increasable); delete one first`;
}
