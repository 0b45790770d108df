import { hostOf, maskOf, networkOf, shortObjectName, type EndpointModel } from './device-model.ts';
import { clampSeconds, headerLines, joinLines, pskOf, transformWarnings, vendorKeyword, type GeneratorOptions, type VendorText } from './text-helpers.ts';
import { FORTINET, groupNumber, isGcmName } from './vendor-names.ts';

// FortiOS (6.4+): an interface-mode (route-based) phase 1. Static routes or BGP steer traffic into it; for the
// policy style each OTC rule × destination gets its own phase-2 selector.

const VENDOR = 'Fortinet FortiOS';
const WAN = '<WAN-INTERFACE>';
const LAN = '<LAN-INTERFACE>';

function proposal(enc: string, integ: string, phase1: boolean, warnings: string[]): string {
  const e = vendorKeyword(FORTINET.encryption, enc, 'encryption algorithm', VENDOR, warnings);
  const i = vendorKeyword(FORTINET.integrity, integ, 'integrity algorithm', VENDOR, warnings);
  if (!isGcmName(enc)) return `${e}-${i}`;
  return phase1 ? `${e}-prf${i}` : e;
}

function selectors(m: EndpointModel): { local: string; peer: string }[] {
  if (m.style !== 'policy') return [];
  return m.policies.flatMap((p) => p.local.flatMap((local) => p.peer.map((peer) => ({ local, peer }))));
}

function phase2(m: EndpointModel, p1: string, warnings: string[]): string[] {
  const pfs = groupNumber(m.ipsec.pfs);
  const keylife = clampSeconds(m.ipsec.lifetimeSeconds, 120, 172800, 'phase 2 key lifetimes', VENDOR, warnings);
  const body = (name: string, sel?: { local: string; peer: string }) => [
    `    edit "${name}"`,
    `        set phase1name "${p1}"`,
    `        set proposal ${proposal(m.ipsec.encryption, m.ipsec.integrity, false, warnings)}`,
    ...(pfs ? [`        set dhgrp ${pfs}`] : ['        set pfs disable']),
    `        set keylifeseconds ${keylife}`,
    '        set auto-negotiate enable',
    ...(sel ? [`        set src-subnet ${networkOf(sel.local)} ${maskOf(sel.local)}`, `        set dst-subnet ${networkOf(sel.peer)} ${maskOf(sel.peer)}`] : []),
    '    next',
  ];
  const sels = selectors(m);
  const entries = sels.length === 0 ? body(p1) : sels.flatMap((s, i) => body(`${p1}-${i + 1}`, s));
  return ['config vpn ipsec phase2-interface', ...entries, 'end'];
}

function addresses(m: EndpointModel, name: string): string[] {
  const entry = (n: string, cidr: string) => [`    edit "${n}"`, `        set subnet ${networkOf(cidr)} ${maskOf(cidr)}`, '    next'];
  return [
    'config firewall address',
    ...m.localSubnets.flatMap((s, i) => entry(`${name}-local-${i + 1}`, s)),
    ...m.peerSubnets.flatMap((s, i) => entry(`${name}-otc-${i + 1}`, s)),
    'end',
  ];
}

function policies(m: EndpointModel, name: string, p1: string): string[] {
  const local = m.localSubnets.map((_s, i) => `"${name}-local-${i + 1}"`).join(' ') || '"all"';
  const otc = m.peerSubnets.map((_s, i) => `"${name}-otc-${i + 1}"`).join(' ') || '"all"';
  const policy = (suffix: string, from: string, to: string, src: string, dst: string) => [
    '    edit 0',
    `        set name "${name.slice(0, 30)}-${suffix}"`,
    `        set srcintf "${from}"`,
    `        set dstintf "${to}"`,
    `        set srcaddr ${src}`,
    `        set dstaddr ${dst}`,
    '        set action accept',
    '        set schedule "always"',
    '        set service "ALL"',
    '    next',
  ];
  return ['config firewall policy', ...policy('out', LAN, p1, local, otc), ...policy('in', p1, LAN, otc, local), 'end'];
}

function routing(m: EndpointModel, p1: string): string[] {
  const lines: string[] = [];
  if (m.tunnel) {
    lines.push('config system interface', `    edit "${p1}"`, `        set ip ${hostOf(m.tunnel.local)} 255.255.255.255`,
      `        set remote-ip ${hostOf(m.tunnel.peer)} ${maskOf(m.tunnel.peer)}`, '    next', 'end');
  }
  if (m.style !== 'bgp') {
    lines.push('config router static', ...m.peerSubnets.flatMap((s) => ['    edit 0', `        set dst ${networkOf(s)} ${maskOf(s)}`, `        set device "${p1}"`, '    next']), 'end');
    return lines;
  }
  const neighbour = m.tunnel ? hostOf(m.tunnel.peer) : '<OTC-TUNNEL-ADDRESS>';
  lines.push(
    'config router bgp',
    `    set as ${m.bgp?.localAsn ?? '<CUSTOMER-ASN>'}`,
    ...(m.tunnel ? [`    set router-id ${hostOf(m.tunnel.local)}`] : []),
    '    config neighbor',
    `        edit "${neighbour}"`,
    `            set remote-as ${m.bgp?.peerAsn ?? '<OTC-ASN>'}`,
    '        next',
    '    end',
    '    config network',
    ...m.localSubnets.flatMap((s) => ['        edit 0', `            set prefix ${networkOf(s)} ${maskOf(s)}`, '        next']),
    '    end',
    'end',
  );
  return lines;
}

export function fortinetConfig(m: EndpointModel, options: GeneratorOptions): VendorText {
  const warnings = transformWarnings(m, VENDOR);
  // Phase-1 names become interface names, which FortiOS limits to 15 characters.
  const p1 = shortObjectName(m, 15);
  const keylife = clampSeconds(m.ike.lifetimeSeconds, 120, 172800, 'phase 1 key lifetimes', VENDOR, warnings);
  const lines = [
    ...headerLines(m, VENDOR, '#', options),
    `# Replace ${WAN} and ${LAN} with your interfaces.`,
    `# DPD: OTC probes after ${m.dpd.intervalSeconds} s without traffic and retries every ${m.dpd.timeoutSeconds} s.`,
    'config vpn ipsec phase1-interface',
    `    edit "${p1}"`,
    `        set interface "${WAN}"`,
    `        set ike-version ${m.ikeVersion === 'v1' ? 1 : 2}`,
    ...(m.ikeVersion === 'v1' ? [`        set mode ${m.phase1Mode}`] : []),
    '        set peertype any',
    '        set net-device disable',
    `        set proposal ${proposal(m.ike.encryption, m.ike.integrity, true, warnings)}`,
    `        set dhgrp ${groupNumber(m.ike.dhGroup) ?? m.ike.dhGroup}`,
    `        set keylife ${keylife}`,
    `        set remote-gw ${m.peerAddress}`,
    '        set localid-type address',
    `        set localid "${m.localId}"`,
    ...(m.dpd.action === 'none' ? ['        set dpd disable'] : ['        set dpd on-idle', `        set dpd-retryinterval ${m.dpd.timeoutSeconds}`]),
    `        set psksecret "${pskOf(options).replace(/[\\"]/g, (ch) => `\\${ch}`)}"`,
    '    next',
    'end',
    ...phase2(m, p1, warnings),
    ...routing(m, p1),
    ...addresses(m, m.objectName),
    ...policies(m, m.objectName, p1),
  ];
  return { text: joinLines(lines), warnings };
}
