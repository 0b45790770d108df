import { FLAVOR_MAX_BANDWIDTH, GATEWAY_FLAVORS, type GatewayFlavor } from '@contract/vpn-gateway-requests';
import type { VpnGateway } from '@contract/vpn-gateway';

// How gateway facts read in the console. Flavor facts: v5-gateways.md A.2 and the UMN quota page.

export function isFlavor(value: string | undefined): value is GatewayFlavor {
  return (GATEWAY_FLAVORS as readonly string[]).includes(value ?? '');
}

/** "1 Gbit/s", "300 Mbit/s". */
export function formatBandwidth(mbits: number): string {
  return mbits >= 1000 && mbits % 1000 === 0 ? `${mbits / 1000} Gbit/s` : `${mbits} Mbit/s`;
}

/** "Professional1 · up to 300 Mbit/s" (unknown or legacy flavors as they are). */
export function flavorLabel(flavor: string | undefined): string {
  if (!flavor) return '—';
  return isFlavor(flavor) ? `${flavor} · up to ${formatBandwidth(FLAVOR_MAX_BANDWIDTH[flavor])}` : flavor;
}

export const FLAVOR_DESCRIPTIONS: Record<GatewayFlavor, string> = {
  Basic: 'Up to 100 Mbit/s per EIP and 10 connection groups (20 connections). Public VPC gateways only; cannot be changed to Professional later.',
  Professional1: 'Up to 300 Mbit/s per EIP and 100 connection groups (200 connections).',
  Professional2: 'Up to 1 Gbit/s per EIP and 100 connection groups (200 connections).',
};

export function networkLabel(gw: Pick<VpnGateway, 'network_type'>): string {
  return gw.network_type === 'private' ? 'Private (VPC private IPs)' : 'Public (EIPs)';
}

export function attachmentLabel(type: string | undefined): string {
  if (type === 'er') return 'Enterprise router';
  return type === 'vpc' ? 'VPC' : (type ?? '—');
}

export function haModeLabel(mode: string | undefined): string {
  return mode === 'active-standby' ? 'Active-standby' : 'Active-active';
}

/** Connections in use and left, when the counts are known. */
export function connectionCapacity(used: number | undefined, limit: number | undefined): string {
  if (limit === undefined) return used === undefined ? '—' : `${used} used`;
  if (used === undefined) return `up to ${limit}`;
  return `${used} of ${limit} used · ${Math.max(0, limit - used)} available`;
}

/** What a gateway's status means; Active means "ready", not "tunnel up" as for connections. */
export const GATEWAY_STATUS_EXPLANATIONS: Partial<Record<string, string>> = {
  ACTIVE: 'Ready: the gateway runs and can carry VPN connections.',
  PENDING_CREATE: 'Being built by the cloud; its EIPs or private IPs appear when it is ready. This can take several minutes.',
  PENDING_UPDATE: 'A change (specification, subnets or EIPs) is being applied; further changes wait until it is done.',
  PENDING_DELETE: 'Being removed; it disappears from the list when done.',
};

/** Why a gateway cannot be changed or deleted right now, or undefined when it can. */
export function gatewayBusyReason(gw: Pick<VpnGateway, 'status' | 'name'>): string | undefined {
  switch (gw.status) {
    case 'PENDING_CREATE':
      return `${gw.name} is still being created; wait until it is Active.`;
    case 'PENDING_UPDATE':
      return `${gw.name} is applying a change; wait until it is Active again.`;
    case 'PENDING_DELETE':
      return `${gw.name} is being deleted.`;
    case 'FREEZED':
      return `${gw.name} is frozen; it can be changed once it is unfrozen.`;
    default:
      return undefined;
  }
}
