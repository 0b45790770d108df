import { hostOf, maskOf, networkOf, shortObjectName, wildcardOf, type EndpointModel } from './device-model.ts';
import { clampSeconds, headerLines, joinLines, pskOf, stableNumber, transformWarnings, vendorKeyword, type GeneratorOptions, type VendorText } from './text-helpers.ts';
import { groupNumber, HUAWEI, isGcmName } from './vendor-names.ts';

// Huawei AR routers / USG firewalls (VRP): IKE proposal and peer, IPsec proposal, then an IPsec profile on a
// tunnel interface (static, BGP) or one ISAKMP IPsec policy with its own ACL per OTC rule (policy style).

const VENDOR = 'Huawei AR/USG';
const WAN = '<WAN-INTERFACE>';

function ike(m: EndpointModel, name: string, proposalId: number, options: GeneratorOptions, warnings: string[]): string[] {
  const kw = (table: Readonly<Record<string, string>>, key: string, what: string) => vendorKeyword(table, key, what, VENDOR, warnings);
  const v2 = m.ikeVersion === 'v2';
  const duration = clampSeconds(m.ike.lifetimeSeconds, 60, 604800, 'IKE SA durations', VENDOR, warnings);
  if (isGcmName(m.ike.encryption) || isGcmName(m.ipsec.encryption)) {
    warnings.push('Huawei AR routers (V200R010) offer no AES-GCM; USG firewalls and newer AR releases may: check your model, or choose aes-128/aes-256 on the connection');
  }
  return [
    `ike proposal ${proposalId}`,
    ` encryption-algorithm ${kw(HUAWEI.encryption, m.ike.encryption, 'IKE encryption algorithm')}`,
    ` dh group${groupNumber(m.ike.dhGroup) ?? m.ike.dhGroup}`,
    ` authentication-algorithm ${kw(HUAWEI.authentication, m.ike.integrity, 'IKE authentication algorithm')}`,
    ' authentication-method pre-share',
    ...(v2 ? [` integrity-algorithm ${kw(HUAWEI.hmac, m.ike.integrity, 'IKE integrity algorithm')}`, ` prf ${kw(HUAWEI.prf, m.ike.integrity, 'IKE PRF')}`] : []),
    ` sa duration ${duration}`,
    '#',
    `ike peer ${name}`,
    ...(v2 ? [' undo version 1'] : [' undo version 2', ` exchange-mode ${m.phase1Mode}`]),
    ` pre-shared-key cipher ${pskOf(options)}`,
    ` ike-proposal ${proposalId}`,
    ' local-id-type ip',
    ` remote-address ${m.peerAddress}`,
    ...(m.dpd.action === 'none'
      ? []
      : [' dpd type periodic', ` dpd idle-time ${m.dpd.intervalSeconds}`, ` dpd retransmit-interval ${Math.max(2, Math.min(60, m.dpd.timeoutSeconds))}`, ...(m.dpd.msg ? [` dpd msg ${m.dpd.msg}`] : [])]),
    '#',
    ...sha2Compatible(m),
    `ipsec proposal ${name}`,
    ...(isGcmName(m.ipsec.encryption) ? [] : [` esp authentication-algorithm ${kw(HUAWEI.authentication, m.ipsec.integrity, 'ESP authentication algorithm')}`]),
    ` esp encryption-algorithm ${kw(HUAWEI.encryption, m.ipsec.encryption, 'ESP encryption algorithm')}`,
    '#',
  ];
}

/**
 * VRP truncates HMAC-SHA-256/384/512 in ESP differently from RFC 4868 unless this global switch is on; OTC's
 * customer-gateway example enables it before the IPsec proposal. It applies to every IPsec tunnel on the device.
 */
function sha2Compatible(m: EndpointModel): string[] {
  if (isGcmName(m.ipsec.encryption) || !m.ipsec.integrity.startsWith('sha2-')) return [];
  return [
    '# RFC 4868 SHA-2 truncation, as OTC uses; this global switch applies to every IPsec tunnel on the device.',
    'ipsec authentication sha2 compatible enable',
    '#',
  ];
}

function saLines(m: EndpointModel, name: string, warnings: string[]): string[] {
  const pfs = groupNumber(m.ipsec.pfs);
  const duration = clampSeconds(m.ipsec.lifetimeSeconds, 30, 604800, 'IPsec SA durations', VENDOR, warnings);
  return [` ike-peer ${name}`, ` proposal ${name}`, ...(pfs ? [` pfs dh-group${pfs}`] : []), ` sa duration time-based ${duration}`];
}

function routeBased(m: EndpointModel, name: string, warnings: string[]): string[] {
  const tunnel = `Tunnel0/0/${1 + stableNumber(m.connectionId, 500)}`;
  return [
    `ipsec profile ${name}`,
    ...saLines(m, name, warnings),
    '#',
    `interface ${tunnel}`,
    ` description OTC VPN connection ${m.connectionName}`,
    ' mtu 1400',
    ` ip address ${m.tunnel ? `${hostOf(m.tunnel.local)} ${maskOf(m.tunnel.local)}` : '<TUNNEL-ADDRESS> 255.255.255.252'}`,
    ' tunnel-protocol ipsec',
    ` source ${WAN}`,
    ` destination ${m.peerAddress}`,
    ` ipsec profile ${name}`,
    '#',
    ...(m.style === 'static' ? [...m.peerSubnets.map((s) => `ip route-static ${networkOf(s)} ${maskOf(s)} ${tunnel}`), '#'] : []),
  ];
}

function policyBased(m: EndpointModel, name: string, warnings: string[]): string[] {
  const aclBase = 3000 + stableNumber(m.connectionId, 180) * 5;
  const lines: string[] = [];
  m.policies.forEach((p, i) => {
    let rule = 0;
    lines.push(
      `acl number ${aclBase + i}`,
      ` description OTC policy rule ${i + 1}`,
      ...p.local.flatMap((l) => p.peer.map((r) => ` rule ${(rule += 5)} permit ip source ${networkOf(l)} ${wildcardOf(l)} destination ${networkOf(r)} ${wildcardOf(r)}`)),
      '#',
    );
  });
  m.policies.forEach((_p, i) => {
    lines.push(`ipsec policy ${name} ${(i + 1) * 10} isakmp`, ` security acl ${aclBase + i}`, ...saLines(m, name, warnings), '#');
  });
  lines.push(`interface ${WAN}`, ` ipsec policy ${name}`, '#');
  return lines;
}

function bgp(m: EndpointModel): string[] {
  if (m.style !== 'bgp') return [];
  const neighbour = m.tunnel ? hostOf(m.tunnel.peer) : '<OTC-TUNNEL-ADDRESS>';
  return [
    `bgp ${m.bgp?.localAsn ?? '<CUSTOMER-ASN>'}`,
    ...(m.tunnel ? [` router-id ${hostOf(m.tunnel.local)}`] : []),
    ` peer ${neighbour} as-number ${m.bgp?.peerAsn ?? '<OTC-ASN>'}`,
    ` peer ${neighbour} description OTC`,
    ' #',
    ' ipv4-family unicast',
    ...m.localSubnets.map((s) => `  network ${networkOf(s)} ${maskOf(s)}`),
    `  peer ${neighbour} enable`,
    '#',
  ];
}

export function huaweiConfig(m: EndpointModel, options: GeneratorOptions): VendorText {
  const warnings = transformWarnings(m, VENDOR);
  if (m.localId !== m.localAddress) {
    warnings.push(`OTC expects this device's IKE identity to be ${m.localId}, not its address ${m.localAddress}; VRP sends the address with local-id-type ip, so align the connection's peer ID or the device's identity`);
  }
  if (m.peerId !== m.peerAddress) {
    warnings.push(`OTC identifies itself as ${m.peerId} (the connection's local ID), not as its address ${m.peerAddress}; configure that remote identity on the IKE peer if your VRP release checks it (remote-id-type ip, remote-id ${m.peerId})`);
  }
  // VRP limits IKE peer, IPsec proposal and policy names to 15 characters.
  const name = shortObjectName(m, 15);
  const lines = [
    ...headerLines(m, VENDOR, '#', options),
    `# Enter in system view. Replace ${WAN} with the interface that owns ${m.localAddress}.`,
    '#',
    ...ike(m, name, 10 + stableNumber(m.connectionId, 89), options, warnings),
    ...(m.style === 'policy' ? policyBased(m, name, warnings) : routeBased(m, name, warnings)),
    ...bgp(m),
    'return',
  ];
  return { text: joinLines(lines), warnings };
}
