import type { VpnGateway } from './vpn-gateway.ts';

// No zod here: the connection list's first paint joins gateway addresses before the schemas have loaded.

/** The fields of a gateway that say which addresses it has. */
export type AddressedGateway = Pick<VpnGateway, 'ha_mode' | 'network_type' | 'access_private_ip_1' | 'access_private_ip_2' | 'eip1' | 'eip2'>;

export interface GatewayAddress {
  /** What a connection sends as vgw_ip: the EIP id (public) or the private IP (private). */
  vgwIp: string;
  /** The address a person reads. */
  address: string;
  slot: 1 | 2;
  label: string;
  /** For active-standby gateways: the role a connection on this address must take. */
  haRole: 'master' | 'slave';
}

/** The addresses of a gateway that connections can use, in slot order. */
export function gatewayAddresses(gw: AddressedGateway): GatewayAddress[] {
  const standby = gw.ha_mode === 'active-standby';
  const label = (slot: 1 | 2, kind: string) =>
    standby ? `${slot === 1 ? 'Active' : 'Standby'} ${kind}` : `${kind} ${slot}`;
  const out: GatewayAddress[] = [];
  if (gw.network_type === 'private') {
    [gw.access_private_ip_1, gw.access_private_ip_2].forEach((ip, i) => {
      const slot = (i + 1) as 1 | 2;
      if (ip) out.push({ vgwIp: ip, address: ip, slot, label: label(slot, 'private IP'), haRole: slot === 1 ? 'master' : 'slave' });
    });
  } else {
    [gw.eip1, gw.eip2].forEach((eip, i) => {
      const slot = (i + 1) as 1 | 2;
      if (eip?.id) {
        out.push({ vgwIp: eip.id, address: eip.ip_address ?? eip.id, slot, label: label(slot, 'EIP'), haRole: slot === 1 ? 'master' : 'slave' });
      }
    });
  }
  return out;
}
