import type { CustomerGateway } from '@contract/customer-gateway';
import { gatewayAddresses } from '@contract/gateway-addresses';
import type { VpnGateway } from '@contract/vpn-gateway';
import type {
  ConnectionLookups,
  CustomerGatewayRef,
  GatewayRef,
} from '@/features/vpn-connections/components/connection-lookups';

/** Joins gateway and customer-gateway data into the lookups the connection table reads. */
export function buildConnectionLookups(
  gateways: readonly VpnGateway[] | undefined,
  customerGateways: readonly CustomerGateway[] | undefined,
): ConnectionLookups {
  return {
    vpnGateways: gateways
      ? new Map<string, GatewayRef>(
          gateways.map((g) => [
            g.id,
            {
              name: g.name,
              addresses: Object.fromEntries(gatewayAddresses(g).map((a) => [a.vgwIp, a.address])),
              haMode: g.ha_mode,
              bgpAsn: g.bgp_asn,
            },
          ]),
        )
      : undefined,
    customerGateways: customerGateways
      ? new Map<string, CustomerGatewayRef>(
          customerGateways.map((c) => [c.id, { name: c.name, ip: c.id_value, bgpAsn: c.bgp_asn }]),
        )
      : undefined,
  };
}
