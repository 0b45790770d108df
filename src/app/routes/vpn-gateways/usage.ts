import type { CustomerGateway } from '@contract/customer-gateway';
import type { VpnConnection } from '@contract/vpn-connection';

/** Number of connections per gateway (`vgw_id`) or customer gateway (`cgw_id`). */
export function countConnectionsBy(connections: readonly VpnConnection[], key: 'vgw_id' | 'cgw_id'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of connections) counts.set(c[key], (counts.get(c[key]) ?? 0) + 1);
  return counts;
}

/** Customer gateway names per BGP ASN (for the "same ASN" warning on the gateway form). */
export function customerGatewaysByAsn(customerGateways: readonly CustomerGateway[]): Map<number, string[]> {
  const byAsn = new Map<number, string[]>();
  for (const c of customerGateways) {
    if (c.bgp_asn !== undefined) byAsn.set(c.bgp_asn, [...(byAsn.get(c.bgp_asn) ?? []), c.name]);
  }
  return byAsn;
}
