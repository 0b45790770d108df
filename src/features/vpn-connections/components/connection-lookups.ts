/** What the connection list needs to know about a VPN gateway (joined in by the route, not fetched here). */
export interface GatewayRef {
  name: string;
  /** vgw_ip value (EIP id or private IP) → the address a person reads. */
  addresses: Readonly<Record<string, string>>;
  /** active-active or active-standby: a standby tunnel that is down is expected. */
  haMode?: string;
  bgpAsn?: number;
}

/** What the connection list needs to know about a customer gateway. */
export interface CustomerGatewayRef {
  name: string;
  ip: string;
  bgpAsn?: number;
}

/** Lookups by id; a missing map means "still loading or unavailable", and the table then shows raw ids. */
export interface ConnectionLookups {
  vpnGateways?: ReadonlyMap<string, GatewayRef>;
  customerGateways?: ReadonlyMap<string, CustomerGatewayRef>;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The gateway address a connection uses: a private IP is shown as is, an EIP id is resolved via the gateway. */
export function resolveGatewayIp(vgwIp: string, gateway: GatewayRef | undefined): string | undefined {
  if (IPV4.test(vgwIp)) return vgwIp;
  return gateway?.addresses[vgwIp];
}
