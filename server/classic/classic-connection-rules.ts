import {
  connectionQuotaMessage,
  findPeerOverlaps,
  LOCAL_GROUP_TYPE_MESSAGE,
  MAX_CLASSIC_CONNECTIONS,
  PEER_GROUP_TYPE_MESSAGE,
  peerOverlapMessage,
  subnetOffRouterMessage,
} from '../../contract/classic/classic-rules.ts';
import { badRequest } from './classic-errors.ts';
import { findById } from './classic-lookups.ts';
import type { ClassicState, StoredEndpointGroup } from './classic-state.ts';

// The rules a connection's references must meet (issue 7, point 4), answered with 400 and the console's words.

/** Local group: subnets of the service's router only; peer group: CIDRs only, none overlapping the local subnets. */
export function checkEndpointGroups(state: ClassicState, routerId: string, local: StoredEndpointGroup, peer: StoredEndpointGroup): void {
  if (local.type !== 'subnet') throw badRequest(`local_ep_group_id ${local.id}: ${LOCAL_GROUP_TYPE_MESSAGE}`);
  if (peer.type !== 'cidr') throw badRequest(`peer_ep_group_id ${peer.id}: ${PEER_GROUP_TYPE_MESSAGE}`);
  const subnets = local.endpoints.map((id) => findById(state.subnets, id, 'subnet'));
  const off = subnets.find((s) => s.vpc_id !== routerId);
  if (off) {
    throw badRequest(`local_ep_group_id ${local.id}: ${subnetOffRouterMessage(off, state.routers.find((r) => r.id === routerId), routerId)}`);
  }
  const overlap = findPeerOverlaps(peer.endpoints, subnets)[0];
  if (overlap) throw badRequest(`peer_ep_group_id ${peer.id}: ${peerOverlapMessage(overlap)}`, 'VPNPeerSubnetOverlap');
}

/** VPC.1004: one remote gateway address per VPN service. */
export function checkPeerAddressFree(state: ClassicState, serviceId: string, peerAddress: string, exceptId?: string): void {
  const other = state.connections.find((c) => c.item.vpnservice_id === serviceId && c.item.peer_address === peerAddress && c.item.id !== exceptId);
  if (other) {
    throw badRequest(
      `The remote gateway ${peerAddress} is being used by another VPN connection of this VPN service (${other.item.name || other.item.id}); use another peer address or VPN service`,
      'RemoteGatewayInUse',
    );
  }
}

export function checkConnectionQuota(state: ClassicState): void {
  if (state.connections.length >= MAX_CLASSIC_CONNECTIONS) throw badRequest(connectionQuotaMessage(state.connections.length), 'OverQuota');
}
