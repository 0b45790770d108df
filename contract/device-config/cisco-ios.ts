import { hostOf, maskOf, networkOf, wildcardOf, type EndpointModel } from './device-model.ts';
import { CISCO_VENDOR, ciscoCrypto, type CiscoCrypto } from './cisco-crypto.ts';
import { headerLines, joinLines, stableNumber, transformWarnings, type GeneratorOptions, type VendorText } from './text-helpers.ts';

// Cisco IOS / IOS-XE: a VTI (tunnel mode ipsec ipv4) for static and BGP styles, a crypto map with one ACL and
// one map entry per OTC policy rule for the policy style.

const WAN = '<WAN-INTERFACE>';

function routeBased(m: EndpointModel, name: string, crypto: CiscoCrypto): string[] {
  const tunnel = `Tunnel${100 + stableNumber(m.connectionId, 900)}`;
  const lines = [
    `crypto ipsec profile ${name}`,
    ` set transform-set ${name}`,
    ...(crypto.pfsLine ? [` ${crypto.pfsLine}`] : []),
    ` ${crypto.lifetimeLine}`,
    ` ${crypto.profileLine}`,
    '!',
    `interface ${tunnel}`,
    ` description OTC VPN connection ${m.connectionName}`,
    ...(m.tunnel ? [` ip address ${hostOf(m.tunnel.local)} ${maskOf(m.tunnel.local)}`] : [' ip address <TUNNEL-ADDRESS> 255.255.255.252']),
    ` tunnel source ${WAN}`,
    ' tunnel mode ipsec ipv4',
    ` tunnel destination ${m.peerAddress}`,
    ` tunnel protection ipsec profile ${name}`,
    '!',
  ];
  if (m.style === 'static') {
    lines.push(...m.peerSubnets.map((s) => `ip route ${networkOf(s)} ${maskOf(s)} ${tunnel}`), '!');
  }
  return lines;
}

function bgp(m: EndpointModel): string[] {
  if (m.style !== 'bgp') return [];
  const neighbour = m.tunnel ? hostOf(m.tunnel.peer) : '<OTC-TUNNEL-ADDRESS>';
  return [
    `router bgp ${m.bgp?.localAsn ?? '<CUSTOMER-ASN>'}`,
    ' bgp log-neighbor-changes',
    ` neighbor ${neighbour} remote-as ${m.bgp?.peerAsn ?? '<OTC-ASN>'}`,
    ` neighbor ${neighbour} description OTC VPN connection ${m.connectionName}`,
    ' !',
    ' address-family ipv4',
    ...m.localSubnets.map((s) => `  network ${networkOf(s)} mask ${maskOf(s)}`),
    `  neighbor ${neighbour} activate`,
    ' exit-address-family',
    '!',
  ];
}

function policyBased(m: EndpointModel, name: string, crypto: CiscoCrypto): string[] {
  const lines: string[] = [];
  m.policies.forEach((p, i) => {
    const acl = `${name}-rule${i + 1}`;
    lines.push(
      `ip access-list extended ${acl}`,
      ...p.local.flatMap((l) => p.peer.map((r) => ` permit ip ${networkOf(l)} ${wildcardOf(l)} ${networkOf(r)} ${wildcardOf(r)}`)),
      '!',
    );
  });
  m.policies.forEach((_p, i) => {
    lines.push(
      `crypto map ${name} ${(i + 1) * 10} ipsec-isakmp`,
      ` description OTC policy rule ${i + 1}`,
      ` set peer ${m.peerAddress}`,
      ` set transform-set ${name}`,
      ...(crypto.pfsLine ? [` ${crypto.pfsLine}`] : []),
      ` ${crypto.lifetimeLine}`,
      ` ${crypto.profileLine}`,
      ` match address ${name}-rule${i + 1}`,
      '!',
    );
  });
  lines.push(`interface ${WAN}`, ` crypto map ${name}`, '!');
  return lines;
}

export function ciscoIosConfig(m: EndpointModel, options: GeneratorOptions): VendorText {
  const warnings: string[] = transformWarnings(m, CISCO_VENDOR);
  const name = m.objectName;
  const crypto = ciscoCrypto(m, name, options, warnings);
  const lines = [
    ...headerLines(m, CISCO_VENDOR, '!', options),
    `! Replace ${WAN} with the Internet-facing interface that owns ${m.localAddress}.`,
    '!',
    ...crypto.lines,
    ...(m.style === 'policy' ? policyBased(m, name, crypto) : routeBased(m, name, crypto)),
    ...bgp(m),
    'end',
  ];
  return { text: joinLines(lines), warnings };
}
