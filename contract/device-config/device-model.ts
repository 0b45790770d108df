import { formatIpv4, parseCidr } from '../ipv4.ts';

// One end of an IPsec connection, vendor-neutral. The OTC side is built from the connection's parameters;
// the customer side is its mirror image. Every vendor generator renders one of these, so the mirroring is
// written once and the lab can render both ends with the same strongSwan generator.

export type DeviceStyle = 'static' | 'policy' | 'bgp';

export interface TrafficPolicy {
  /** Networks behind this end. */
  local: string[];
  /** Networks behind the other end. */
  peer: string[];
}

export interface IkeSettings {
  /** OTC names: aes-128, aes-256-gcm-16, 3des … */
  encryption: string;
  /** OTC names: sha2-256, sha1, md5 … */
  integrity: string;
  /** group1 … group21 */
  dhGroup: string;
  lifetimeSeconds: number;
}

export interface IpsecSettings {
  encryption: string;
  integrity: string;
  /** groupN or disable */
  pfs: string;
  lifetimeSeconds: number;
  protocol: string;
  mode: string;
}

export interface DpdSettings {
  /** Idle time before a DPD probe (OTC v5 dpd.interval). */
  intervalSeconds: number;
  /** Retransmission interval of probes (OTC v5 dpd.timeout) or, for classic, the time until the peer is dead. */
  timeoutSeconds: number;
  action: 'restart' | 'clear' | 'hold' | 'none';
  /** OTC v5 only: payload order of DPD packets. */
  msg?: string | undefined;
}

export interface EndpointModel {
  api: 'v5' | 'classic';
  connectionId: string;
  connectionName: string;
  /** Base for names on the device, e.g. "otc-vpn-1655" (letters, digits, - and _ only). */
  objectName: string;
  style: DeviceStyle;
  ikeVersion: 'v1' | 'v2';
  phase1Mode: 'main' | 'aggressive';
  /** This end's public address (the IKE source). */
  localAddress: string;
  /** The other end's public address. */
  peerAddress: string;
  localId: string;
  peerId: string;
  localSubnets: string[];
  peerSubnets: string[];
  /** Policy style: one entry per OTC policy rule, in rule order. */
  policies: TrafficPolicy[];
  /** Route-based styles: this end's and the other end's tunnel interface address (x.x.x.x/30). */
  tunnel?: { local: string; peer: string } | undefined;
  bgp?: { localAsn: number | undefined; peerAsn: number | undefined } | undefined;
  ike: IkeSettings;
  ipsec: IpsecSettings;
  dpd: DpdSettings;
  /** False when this end must start the negotiation itself because the other end only answers. */
  peerInitiates: boolean;
  /** Problems found while building the model (missing objects, placeholders used). */
  notes: string[];
}

/** The other end of the same connection: addresses, identities, subnets, tunnel addresses and ASNs swap. */
export function mirrorEndpoint(m: EndpointModel, peerInitiates = true): EndpointModel {
  return {
    ...m,
    localAddress: m.peerAddress,
    peerAddress: m.localAddress,
    localId: m.peerId,
    peerId: m.localId,
    localSubnets: [...m.peerSubnets],
    peerSubnets: [...m.localSubnets],
    policies: m.policies.map((p) => ({ local: [...p.peer], peer: [...p.local] })),
    tunnel: m.tunnel ? { local: m.tunnel.peer, peer: m.tunnel.local } : undefined,
    bgp: m.bgp ? { localAsn: m.bgp.peerAsn, peerAsn: m.bgp.localAsn } : undefined,
    peerInitiates,
    notes: [...m.notes],
  };
}

/** "otc-" + the connection name reduced to what every vendor accepts in object names. */
export function objectNameFor(name: string, id: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `otc-${cleaned || id.slice(0, 8)}`;
}

/** The object name within a vendor's length limit: cut, with the connection id's tail keeping it unique. */
export function shortObjectName(m: Pick<EndpointModel, 'objectName' | 'connectionId'>, max: number): string {
  if (m.objectName.length <= max) return m.objectName;
  const tail = m.connectionId.replace(/[^A-Za-z0-9]/g, '').slice(-4);
  return `${m.objectName.slice(0, max - tail.length - 1).replace(/[-_]+$/, '')}-${tail}`;
}

/** Address part of a CIDR or address ("169.254.1.2/30" → "169.254.1.2"). */
export function hostOf(value: string): string {
  return value.split('/')[0] ?? value;
}

/** Dotted mask of a CIDR prefix ("…/30" → 255.255.255.252). */
export function maskOf(value: string): string {
  const c = parseCidr(value);
  const prefix = c ? c.prefix : 32;
  return formatIpv4(prefix === 0 ? 0 : 2 ** 32 - 2 ** (32 - prefix));
}

/** Cisco/Huawei wildcard of a CIDR ("…/24" → 0.0.0.255). */
export function wildcardOf(value: string): string {
  const c = parseCidr(value);
  return formatIpv4(c ? c.size - 1 : 0);
}

/** Network address of a CIDR ("10.1.0.0/24" → 10.1.0.0). */
export function networkOf(value: string): string {
  const c = parseCidr(value);
  return c ? formatIpv4(c.network) : hostOf(value);
}

/** The first host of a CIDR ("10.1.0.0/24" → 10.1.0.1): what the lab pings. */
export function firstHostOf(value: string): string {
  const c = parseCidr(value);
  if (!c) return hostOf(value);
  return formatIpv4(c.size > 2 ? c.network + 1 : c.network);
}

export const PSK_PLACEHOLDER = '<PRE-SHARED-KEY>';

export const STYLE_LABELS: Record<DeviceStyle, string> = {
  static: 'static routing (route-based)',
  policy: 'policy-based',
  bgp: 'BGP routing (route-based)',
};
