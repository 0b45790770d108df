import { hostOf, STYLE_LABELS, type EndpointModel } from './device-model.ts';
import { joinLines, pskOf, type GeneratorOptions, type VendorText } from './text-helpers.ts';
import { DH_BITS } from './vendor-names.ts';

// A vendor-neutral sheet of every value the customer device needs, for devices we do not generate CLI for.

type Row = [string, string];

function table(title: string, rows: readonly Row[]): string[] {
  return [`## ${title}`, '', '| Parameter | Value for your device |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), ''];
}

const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : '(none)');
const group = (g: string) => (g === 'disable' ? 'off (no PFS)' : `${g} (${DH_BITS[g] ?? 'unknown'})`);

export function parameterSheet(m: EndpointModel, options: GeneratorOptions): VendorText {
  const psk = options.psk === undefined ? 'the key set on the connection (not shown: OTC never returns it)' : pskOf(options);
  const lines = [
    `# Customer device parameters for OTC VPN connection "${m.connectionName}"`,
    '',
    `Connection ${m.connectionId} (${m.api === 'v5' ? 'Enterprise VPN v5' : 'Classic VPN v2.0'}), ${STYLE_LABELS[m.style]}. ` +
      'Every value is already mirrored for your side: "local" means your device, "remote" means OTC.',
    '',
    ...table('Peers', [
      ['Local (your device) public address', m.localAddress],
      ['Remote gateway (OTC) address', m.peerAddress],
      ['Local IKE identity (type ip)', m.localId],
      ['Remote IKE identity (type ip)', m.peerId],
      ['Authentication', 'pre-shared key'],
      ['Pre-shared key', psk],
      ['Who starts the tunnel', m.peerInitiates ? 'either side' : 'your device (OTC only answers)'],
    ]),
    ...table('IKE (phase 1)', [
      ['Version', m.ikeVersion === 'v2' ? 'IKEv2' : `IKEv1, ${m.phase1Mode} mode`],
      ['Encryption', m.ike.encryption],
      ['Integrity / PRF', m.ike.integrity],
      ['DH group', group(m.ike.dhGroup)],
      ['SA lifetime', `${m.ike.lifetimeSeconds} s`],
      ['DPD', m.dpd.action === 'none' ? 'off' : `idle ${m.dpd.intervalSeconds} s, retry every ${m.dpd.timeoutSeconds} s, action ${m.dpd.action}${m.dpd.msg ? `, message order ${m.dpd.msg}` : ''}`],
    ]),
    ...table('IPsec (phase 2)', [
      ['Protocol and mode', `${m.ipsec.protocol.toUpperCase()}, ${m.ipsec.mode} mode`],
      ['Encryption', m.ipsec.encryption],
      ['Integrity', m.ipsec.encryption.endsWith('-gcm-16') ? '(included in AES-GCM)' : m.ipsec.integrity],
      ['PFS', group(m.ipsec.pfs)],
      ['SA lifetime', `${m.ipsec.lifetimeSeconds} s`],
    ]),
    ...table('Networks', [
      ['Local subnets (behind your device)', list(m.localSubnets)],
      ['Remote subnets (OTC side)', list(m.peerSubnets)],
      ...(m.style === 'policy'
        ? m.policies.map((p, i): Row => [`Traffic selector ${i + 1}`, `local ${list(p.local)} ↔ remote ${list(p.peer)}`])
        : [['Traffic selectors', '0.0.0.0/0 ↔ 0.0.0.0/0 (route-based: routes decide what enters the tunnel)'] as Row]),
    ]),
    ...(m.tunnel
      ? table('Tunnel interface', [
          ['Local tunnel address', m.tunnel.local],
          ['Remote tunnel address (OTC)', m.tunnel.peer],
          ...(m.style === 'static' ? [['Static routes into the tunnel', list(m.peerSubnets)] as Row] : []),
        ])
      : []),
    ...(m.style === 'bgp'
      ? table('BGP', [
          ['Local ASN', String(m.bgp?.localAsn ?? '(set the customer gateway ASN)')],
          ['Remote (OTC) ASN', String(m.bgp?.peerAsn ?? '(unknown)')],
          ['Neighbour address', m.tunnel ? hostOf(m.tunnel.peer) : '(tunnel address of OTC)'],
          ['Announce', list(m.localSubnets)],
        ])
      : []),
  ];
  return { text: joinLines(lines.slice(0, -1)), warnings: [] };
}
