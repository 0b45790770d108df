import type { GatewayFlavor } from '../../contract/vpn-gateway-requests.ts';
import { invalidRequest } from '../http-error.ts';

// What GET /vpn-gateways/availability-zones answers in the mock's region (eu-de). Keys as documented,
// mixed case included; the NonFixedIP flavors are "not yet supported", so they offer no zone.

export const AVAILABILITY_ZONES: Record<string, { vpc: string[]; er: string[] }> = {
  basic: { vpc: ['eu-de-01'], er: [] },
  professional1: { vpc: ['eu-de-01', 'eu-de-02', 'eu-de-03'], er: ['eu-de-01', 'eu-de-02'] },
  professional2: { vpc: ['eu-de-01', 'eu-de-02', 'eu-de-03'], er: ['eu-de-01', 'eu-de-02'] },
  'Professional1-NonFixedIP': { vpc: [], er: [] },
  'Professional2-NonFixedIP': { vpc: [], er: [] },
};

export function offeredZones(flavor: GatewayFlavor, attachment: 'vpc' | 'er'): string[] {
  return AVAILABILITY_ZONES[flavor.toLowerCase()]?.[attachment] ?? [];
}

/**
 * The zones a new gateway goes into: the requested ones after checking them against the offer (two
 * when two or more are offered, one when one is), or the first one or two offered.
 */
export function chooseZones(flavor: GatewayFlavor, attachment: 'vpc' | 'er', requested: readonly string[] | undefined): string[] {
  const offered = offeredZones(flavor, attachment);
  const field = 'vpn_gateway.availability_zone_ids';
  if (offered.length === 0) {
    throw invalidRequest(`${field}: no availability zone offers ${flavor} gateways with ${attachment} attachment; choose another flavor or attachment type`);
  }
  const wanted = Math.min(2, offered.length);
  if (!requested || requested.length === 0) return offered.slice(0, wanted);
  const unknown = requested.find((az) => !offered.includes(az));
  if (unknown) throw invalidRequest(`${field}: ${unknown} does not offer ${flavor} gateways with ${attachment} attachment; choose from ${offered.join(', ')}`);
  if (new Set(requested).size !== requested.length) throw invalidRequest(`${field}: ${requested[0]} is listed twice; give ${wanted} different zones`);
  if (requested.length !== wanted) {
    throw invalidRequest(
      wanted === 2
        ? `${field}: ${offered.length} zones offer this flavor, so give two of them (${offered.join(', ')}) for the gateway's two nodes`
        : `${field}: only ${offered[0]} offers this flavor; give just that one`,
    );
  }
  return [...requested];
}
