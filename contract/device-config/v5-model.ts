import { ikePolicySchema, ipsecPolicySchema } from '../crypto-policy.ts';
import type { CustomerGateway } from '../customer-gateway.ts';
import { parseIpv4 } from '../ipv4.ts';
import type { VpnConnection } from '../vpn-connection.ts';
import { gatewayAddresses, type VpnGateway } from '../vpn-gateway.ts';
import { mirrorEndpoint, objectNameFor, type DeviceStyle, type EndpointModel } from './device-model.ts';

/** What a v5 device configuration is generated from; the gateways may be missing (deleted, not loaded). */
export interface V5DeviceInput {
  connection: VpnConnection;
  gateway?: VpnGateway | undefined;
  customerGateway?: CustomerGateway | undefined;
}

const IKE_DEFAULTS = ikePolicySchema.parse({});
const IPSEC_DEFAULTS = ipsecPolicySchema.parse({});
/** OTC's documented default ASN of a VPN gateway. */
export const OTC_DEFAULT_ASN = 64512;

export const GATEWAY_ADDRESS_PLACEHOLDER = '<OTC-GATEWAY-IP>';
export const CUSTOMER_ADDRESS_PLACEHOLDER = '<CUSTOMER-GATEWAY-IP>';

function otcAddress(input: V5DeviceInput, notes: string[]): string {
  const { connection, gateway } = input;
  const match = gateway ? gatewayAddresses(gateway).find((a) => a.vgwIp === connection.vgw_ip) : undefined;
  if (match && parseIpv4(match.address) !== null) return match.address;
  if (parseIpv4(connection.vgw_ip) !== null) return connection.vgw_ip;
  notes.push(`The VPN gateway's address for ${connection.vgw_ip} is not known here; replace ${GATEWAY_ADDRESS_PLACEHOLDER} with the gateway's EIP`);
  return GATEWAY_ADDRESS_PLACEHOLDER;
}

function customerAddress(input: V5DeviceInput, notes: string[]): string {
  const address = input.customerGateway?.id_value;
  if (address) return address;
  notes.push(`Customer gateway ${input.connection.cgw_id} is not known here; replace ${CUSTOMER_ADDRESS_PLACEHOLDER} with the device's public address`);
  return CUSTOMER_ADDRESS_PLACEHOLDER;
}

function styleOf(connection: VpnConnection): DeviceStyle {
  return connection.style === 'POLICY' ? 'policy' : connection.style === 'BGP' ? 'bgp' : 'static';
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The OTC end of a v5 connection, as the cloud gateway is configured. */
export function otcEndpointV5(input: V5DeviceInput): EndpointModel {
  const { connection: c, gateway, customerGateway } = input;
  const notes: string[] = [];
  const style = styleOf(c);
  const local = otcAddress(input, notes);
  const peer = customerAddress(input, notes);
  const ike = c.ikepolicy ?? {};
  const ipsec = c.ipsecpolicy ?? {};
  const rules = style === 'policy' ? (c.policy_rules ?? []) : [];
  const policies = rules.map((r) => ({ local: [r.source], peer: [...r.destination] }));
  const localSubnets = style === 'policy' ? unique(rules.map((r) => r.source)) : [...(gateway?.local_subnets ?? [])];
  const peerSubnets = style === 'policy' ? unique(rules.flatMap((r) => r.destination)) : [...(c.peer_subnets ?? [])];
  if (style !== 'policy' && localSubnets.length === 0) {
    notes.push(
      gateway
        ? `VPN gateway ${gateway.name} lists no local subnets (enterprise-router attachment); add routes for the cloud subnets you need`
        : 'The VPN gateway is not known here, so its local subnets are missing; add routes for the cloud subnets you need',
    );
  }
  const tunnel = style !== 'policy' && c.tunnel_local_address && c.tunnel_peer_address
    ? { local: c.tunnel_local_address, peer: c.tunnel_peer_address }
    : undefined;
  if (style !== 'policy' && !tunnel) notes.push('The connection has no tunnel interface addresses yet; they are assigned when it is created');
  const bgp = style === 'bgp' ? { localAsn: gateway?.bgp_asn ?? OTC_DEFAULT_ASN, peerAsn: customerGateway?.bgp_asn } : undefined;
  if (bgp && bgp.peerAsn === undefined) notes.push('The customer gateway has no BGP ASN; set the device\'s own ASN where <CUSTOMER-ASN> appears');
  return {
    api: 'v5',
    connectionId: c.id,
    connectionName: c.name,
    objectName: objectNameFor(c.name, c.id),
    style,
    ikeVersion: ike.ike_version === 'v1' ? 'v1' : 'v2',
    phase1Mode: ike.phase1_negotiation_mode === 'aggressive' ? 'aggressive' : 'main',
    localAddress: local,
    peerAddress: peer,
    localId: ike.local_id ?? local,
    peerId: ike.peer_id ?? peer,
    localSubnets,
    peerSubnets,
    policies,
    tunnel,
    bgp,
    ike: {
      encryption: ike.encryption_algorithm ?? IKE_DEFAULTS.encryption_algorithm,
      integrity: ike.authentication_algorithm ?? IKE_DEFAULTS.authentication_algorithm,
      dhGroup: ike.dh_group ?? IKE_DEFAULTS.dh_group,
      lifetimeSeconds: ike.lifetime_seconds ?? IKE_DEFAULTS.lifetime_seconds,
    },
    ipsec: {
      encryption: ipsec.encryption_algorithm ?? IPSEC_DEFAULTS.encryption_algorithm,
      integrity: ipsec.authentication_algorithm ?? IPSEC_DEFAULTS.authentication_algorithm,
      pfs: ipsec.pfs ?? IPSEC_DEFAULTS.pfs,
      lifetimeSeconds: ipsec.lifetime_seconds ?? IPSEC_DEFAULTS.lifetime_seconds,
      protocol: ipsec.transform_protocol ?? 'esp',
      mode: ipsec.encapsulation_mode ?? 'tunnel',
    },
    dpd: {
      intervalSeconds: ike.dpd?.interval ?? IKE_DEFAULTS.dpd.interval,
      timeoutSeconds: ike.dpd?.timeout ?? IKE_DEFAULTS.dpd.timeout,
      action: 'restart',
      msg: ike.dpd?.msg ?? IKE_DEFAULTS.dpd.msg,
    },
    peerInitiates: true,
    notes,
  };
}

/** The customer end of a v5 connection: the mirror image of the OTC end. */
export function customerEndpointV5(input: V5DeviceInput): EndpointModel {
  return mirrorEndpoint(otcEndpointV5(input));
}
