import { FLAVOR_MAX_BANDWIDTH, GATEWAY_FLAVORS, type GatewayFlavor } from '../../contract/vpn-gateway-requests.ts';
import { OtcHttpError, invalidRequest } from '../http-error.ts';
import type { ProjectState, StoredGateway } from './types.ts';

// Gateway state and flavor rules shared by update, change of specification and delete.

const INTERNAL_WORD: Record<string, string> = { PENDING_CREATE: 'CREATING', PENDING_UPDATE: 'UPDATING', PENDING_DELETE: 'DELETING' };

/**
 * Refuses changes to a gateway that is not ready. PENDING_CREATE answers the documented example
 * (VPN.0003 "…is not ready, currently CREATING"); as it is a state conflict, not the appendix's 403
 * permission error, it is sent as 409. PENDING_UPDATE/DELETE use the dedicated VPN.0507/VPN.0508.
 */
export function requireReady(gateway: StoredGateway, action: string): void {
  switch (gateway.status) {
    case 'PENDING_CREATE':
      throw new OtcHttpError(409, 'VPN.0003', `resource (type=GATEWAY, ID=${gateway.id}) is not ready, currently ${INTERNAL_WORD.PENDING_CREATE}`);
    case 'PENDING_UPDATE':
      throw new OtcHttpError(400, 'VPN.0507', 'The gateway is being updated, please try again later.');
    case 'PENDING_DELETE':
      throw new OtcHttpError(400, 'VPN.0508', 'The gateway is being deleted.');
    case 'FREEZED':
      throw invalidRequest(`ILLEGAL not allowed ${action} vpnGateway (gateway ${gateway.name} is FREEZED; it can be changed once it is unfrozen)`);
    default:
  }
}

/** Connection groups a flavor includes (UMN quotas page); a group is up to two connections to one customer gateway. */
export const FLAVOR_CONNECTION_GROUPS: Record<GatewayFlavor, number> = { Basic: 10, Professional1: 100, Professional2: 100 };

export function connectionNumberOf(flavor: GatewayFlavor): number {
  return FLAVOR_CONNECTION_GROUPS[flavor] * 2;
}

/** Flavors a gateway of `flavor` may be changed to (Basic and Professional never mix). */
export function supportedFlavorsOf(flavor: GatewayFlavor): GatewayFlavor[] {
  return flavor === 'Basic' ? ['Basic'] : ['Professional1', 'Professional2'];
}

function asFlavor(value: string | undefined): GatewayFlavor | undefined {
  return (GATEWAY_FLAVORS as readonly string[]).includes(value ?? '') ? (value as GatewayFlavor) : undefined;
}

/**
 * The rules of POST …/update-specification, in the order an admin can act on them:
 * Basic ↔ Professional (VPN.0105), targets outside supported_flavors (VPN.0518), no change (VPN.0001),
 * more connection groups in use than the target includes (VPN.0517), EIPs wider than the target allows (VPN.0101).
 */
export function checkSpecificationChange(gateway: StoredGateway, target: GatewayFlavor, usedGroups: number): void {
  const current = asFlavor(gateway.flavor);
  if (current === undefined) throw new OtcHttpError(400, 'VPN.0518', `The target flavor ${target} does not support modification: gateway flavor ${gateway.flavor ?? '(none)'} cannot be changed`);
  if ((current === 'Basic') !== (target === 'Basic')) {
    throw new OtcHttpError(
      400,
      'VPN.0105',
      `Flavor ${current} cannot update to specification ${target} with network type ${gateway.network_type ?? 'public'} (Basic and Professional gateways cannot be switched into each other; create a new gateway instead)`,
    );
  }
  const supported = gateway.supported_flavors ?? supportedFlavorsOf(current);
  if (!supported.includes(target)) {
    throw new OtcHttpError(400, 'VPN.0518', `The target flavor ${target} does not support modification: this gateway can change to ${supported.join(' or ')}`);
  }
  if (target === current) throw invalidRequest(`vpn_gateway.flavor: gateway ${gateway.name} already is ${current}; choose ${supported.filter((f) => f !== current).join(' or ')}`);
  if (usedGroups > FLAVOR_CONNECTION_GROUPS[target]) {
    throw new OtcHttpError(
      400,
      'VPN.0517',
      `The connection group of the target flavor ${target} does not match the current one: ${usedGroups} groups are in use but ${target} includes ${FLAVOR_CONNECTION_GROUPS[target]}`,
    );
  }
  const max = FLAVOR_MAX_BANDWIDTH[target];
  for (const [slot, eip] of [['eip1', gateway.eip1], ['eip2', gateway.eip2]] as const) {
    if (eip?.bandwidth_size !== undefined && eip.bandwidth_size > max) {
      throw new OtcHttpError(400, 'VPN.0101', `Invalid EIP bandwidth size: ${slot} has ${eip.bandwidth_size} Mbit/s but ${target} allows at most ${max}; lower the bandwidth first`);
    }
  }
}

/** Names of the connections on a gateway, for "delete these first" messages. */
export function connectionsOn(project: ProjectState, gatewayId: string): string[] {
  return project.vpnConnections.filter((r) => r.connection.vgw_id === gatewayId).map((r) => r.connection.name);
}

export function listNames(names: readonly string[]): string {
  return names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
}
