import { hostOf, type EndpointModel } from './device-model.ts';
import { headerLines, joinLines, pskOf, stableNumber, type GeneratorOptions, type VendorText } from './text-helpers.ts';
import { strongswanEspProposal, strongswanIkeProposal } from './vendor-names.ts';

// swanctl.conf (strongSwan 5.8+). The lab loads exactly this text into a real charon, so every key here
// must be one swanctl accepts: nested sections only, no dotted keys.

const DPD_ACTION = { restart: 'restart', clear: 'clear', hold: 'trap', none: 'none' } as const;

/** The XFRM interface id of a route-based child: stable per connection, unlikely to clash. */
export function strongswanInterfaceId(m: EndpointModel): number {
  return 100 + stableNumber(m.connectionId, 9000);
}

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function children(m: EndpointModel): { name: string; local: string[]; remote: string[] }[] {
  if (m.style === 'policy') {
    return m.policies.map((p, i) => ({ name: m.policies.length === 1 ? m.objectName : `${m.objectName}-${i + 1}`, local: p.local, remote: p.peer }));
  }
  return [{ name: m.objectName, local: ['0.0.0.0/0'], remote: ['0.0.0.0/0'] }];
}

function routeComments(m: EndpointModel, ifId: number): string[] {
  if (m.style === 'policy') return [];
  const dev = `otc${ifId}`;
  const lines = [
    `Route-based: the child below uses XFRM interface id ${ifId}. Create the interface once, e.g.:`,
    `  ip link add ${dev} type xfrm dev <wan-interface> if_id ${ifId}`,
    ...(m.tunnel ? [`  ip addr add ${m.tunnel.local} dev ${dev}`] : []),
    `  ip link set ${dev} up`,
  ];
  if (m.style === 'static') {
    lines.push(...m.peerSubnets.map((s) => `  ip route add ${s} dev ${dev}`));
  } else if (m.tunnel) {
    const asn = m.bgp?.localAsn ?? '<CUSTOMER-ASN>';
    lines.push(
      `BGP over the tunnel (bird2, FRR …): neighbour ${hostOf(m.tunnel.peer)} AS ${m.bgp?.peerAsn ?? '<OTC-ASN>'} (OTC), local AS ${asn},`,
      `  router id ${hostOf(m.tunnel.local)}; announce ${m.localSubnets.join(', ') || 'your subnets'}.`,
    );
  }
  return lines.map((l) => `# ${l}`);
}

export function strongswanConfig(m: EndpointModel, options: GeneratorOptions): VendorText {
  const warnings: string[] = [];
  const ifId = strongswanInterfaceId(m);
  const v1 = m.ikeVersion === 'v1';
  const ike = strongswanIkeProposal(m.ike.encryption, m.ike.integrity, m.ike.dhGroup);
  const esp = strongswanEspProposal(m.ipsec.encryption, m.ipsec.integrity, m.ipsec.pfs);
  // AH authenticates only: its proposal is the integrity algorithm (and PFS group) without a cipher.
  const ah = strongswanEspProposal('aes-128', m.ipsec.integrity, m.ipsec.pfs).split('-').slice(1).join('-');
  const dpd = m.dpd.action === 'none' ? [] : [`dpd_delay = ${m.dpd.intervalSeconds}s`, ...(v1 ? [`dpd_timeout = ${m.dpd.timeoutSeconds}s`] : [])];
  const childLines = children(m).flatMap((c) => [
    `${c.name} {`,
    `    local_ts = ${c.local.join(', ')}`,
    `    remote_ts = ${c.remote.join(', ')}`,
    ...(m.ipsec.protocol === 'esp' || m.ipsec.protocol === 'ah-esp' ? [`    esp_proposals = ${esp}`] : []),
    ...(m.ipsec.protocol === 'ah' || m.ipsec.protocol === 'ah-esp' ? [`    ah_proposals = ${ah}`] : []),
    ...(m.ipsec.mode === 'transport' ? ['    mode = transport'] : []),
    `    rekey_time = ${m.ipsec.lifetimeSeconds}s`,
    ...(m.style === 'policy' ? [] : [`    if_id_in = ${ifId}`, `    if_id_out = ${ifId}`]),
    `    dpd_action = ${DPD_ACTION[m.dpd.action]}`,
    '    start_action = start',
    '}',
  ]);
  if (m.ipsec.protocol === 'ah-esp') warnings.push('AH and ESP together: strongSwan negotiates them as two proposals; check that the OTC side accepts this combination.');
  const lines = [
    ...headerLines(m, 'strongSwan', '#', options),
    '# Copy to /etc/swanctl/conf.d/ and load with: swanctl --load-all',
    ...(m.style === 'policy' ? [] : ['#']),
    ...routeComments(m, ifId),
    '',
    'connections {',
    `    ${m.objectName} {`,
    `        version = ${v1 ? 1 : 2}`,
    ...(v1 && m.phase1Mode === 'aggressive' ? ['        aggressive = yes'] : []),
    `        local_addrs = ${m.localAddress}`,
    `        remote_addrs = ${m.peerAddress}`,
    `        proposals = ${ike}`,
    `        ${v1 ? 'reauth_time' : 'rekey_time'} = ${m.ike.lifetimeSeconds}s`,
    ...dpd.map((l) => `        ${l}`),
    '        local {',
    '            auth = psk',
    `            id = ${m.localId}`,
    '        }',
    '        remote {',
    '            auth = psk',
    `            id = ${m.peerId}`,
    '        }',
    '        children {',
    ...childLines.map((l) => `            ${l}`),
    '        }',
    '    }',
    '}',
    '',
    'secrets {',
    `    ike-${m.objectName} {`,
    `        id-local = ${m.localId}`,
    `        id-remote = ${m.peerId}`,
    `        secret = ${quoted(pskOf(options))}`,
    '    }',
    '}',
  ];
  return { text: joinLines(lines), warnings };
}
