import type { IpsecPolicy } from '../../contract/crypto-policy.ts';
import type { CreateVpnConnection, VpnConnection } from '../../contract/vpn-connection.ts';
import type { GatewayAddress } from '../../contract/vpn-gateway.ts';
import { otcTimestamp } from '../ids.ts';
import type { StoredConnection, StoredCustomerGateway, StoredGateway } from './types.ts';

type ResponseIke = NonNullable<VpnConnection['ikepolicy']>;

/**
 * The IKE policy as OTC returns it: documented key order, phase-1 mode only for IKEv1, and the
 * identities defaulted to the gateway address in use and the customer gateway's address.
 */
export function responseIkePolicy(ike: ResponseIke, localIp: string, peerIp: string): ResponseIke {
  const v1 = ike.ike_version === 'v1';
  return {
    ike_version: ike.ike_version ?? 'v2',
    ...(v1 ? { phase1_negotiation_mode: ike.phase1_negotiation_mode ?? 'main' } : {}),
    authentication_algorithm: ike.authentication_algorithm,
    encryption_algorithm: ike.encryption_algorithm,
    dh_group: ike.dh_group,
    authentication_method: ike.authentication_method ?? 'pre-share',
    lifetime_seconds: ike.lifetime_seconds,
    local_id_type: ike.local_id_type ?? 'ip',
    local_id: ike.local_id ?? localIp,
    peer_id_type: ike.peer_id_type ?? 'ip',
    peer_id: ike.peer_id ?? peerIp,
    dpd: { timeout: ike.dpd?.timeout, interval: ike.dpd?.interval, msg: ike.dpd?.msg },
  };
}

export function responseIpsecPolicy(ipsec: IpsecPolicy): IpsecPolicy {
  return {
    authentication_algorithm: ipsec.authentication_algorithm,
    encryption_algorithm: ipsec.encryption_algorithm,
    pfs: ipsec.pfs,
    transform_protocol: ipsec.transform_protocol,
    lifetime_seconds: ipsec.lifetime_seconds,
    encapsulation_mode: ipsec.encapsulation_mode,
  };
}

export interface BuildContext {
  id: string;
  name: string;
  createdMs: number;
  gateway: StoredGateway;
  address: GatewayAddress;
  cgw: StoredCustomerGateway;
  /** The tunnel pair to use (given or auto-assigned); ignored for policy connections. */
  tunnel?: { local: string; peer: string } | undefined;
}

/**
 * A new connection in the response shape: uppercase style, every default filled in, style-specific
 * fields only where the docs return them. The PSK is deliberately not part of it.
 */
export function buildConnection(input: CreateVpnConnection, ctx: BuildContext): StoredConnection {
  const stamp = otcTimestamp(ctx.createdMs);
  const routed = input.style !== 'policy';
  const tunnel = routed ? ctx.tunnel : undefined;
  return {
    id: ctx.id,
    name: input.name ?? ctx.name,
    status: 'PENDING_CREATE',
    vgw_id: input.vgw_id,
    vgw_ip: input.vgw_ip,
    style: input.style === 'static' ? 'STATIC' : input.style === 'policy' ? 'POLICY' : 'BGP',
    cgw_id: input.cgw_id,
    ...(input.peer_subnets ? { peer_subnets: [...input.peer_subnets] } : {}),
    ...(tunnel ? { tunnel_local_address: tunnel.local, tunnel_peer_address: tunnel.peer } : {}),
    ...(input.style === 'static' ? { enable_nqa: input.enable_nqa } : {}),
    ...(input.style === 'bgp' ? { enable_hub: input.enable_hub } : {}),
    ...(input.style === 'policy'
      ? { policy_rules: input.policy_rules.map((r) => ({ ...r, destination: [...r.destination] })) }
      : {}),
    ikepolicy: responseIkePolicy(input.ikepolicy, ctx.address.address, ctx.cgw.id_value),
    ipsecpolicy: responseIpsecPolicy(input.ipsecpolicy),
    created_at: stamp,
    updated_at: stamp,
    enterprise_project_id: ctx.gateway.enterprise_project_id ?? '0',
    ha_role: input.ha_role,
    tags: input.tags ? input.tags.map((t) => ({ ...t })) : [],
  };
}
