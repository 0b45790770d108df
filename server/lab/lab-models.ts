import { firstHostOf, type EndpointModel } from '../../contract/device-config/device-model.ts';
import { renderDeviceConfig } from '../../contract/device-config/generate.ts';
import type { LabMistake } from '../../contract/lab-control.ts';
import { customerEndpointV5, otcEndpointV5, type V5DeviceInput } from '../../contract/device-config/v5-model.ts';
import { labChild, parseSwanctl, swanctlToVici, type SwanctlLoad } from './swanctl-parse.ts';

// What each end of a lab pair runs. The OTC end comes from the connection's parameters; the customer end is
// the strongSwan export of contract/device-config, made wrong on purpose when a mistake is simulated.

export interface LabSide {
  model: EndpointModel;
  /** The strongSwan text, exactly as the export renders it. */
  swanctl: string;
  load: SwanctlLoad;
}

function side(model: EndpointModel, psk: string): LabSide {
  const swanctl = renderDeviceConfig('strongswan', model, { psk }).text;
  return { model, swanctl, load: swanctlToVici(parseSwanctl(swanctl), labChild) };
}

export function otcSide(input: V5DeviceInput, psk: string): LabSide {
  return side(otcEndpointV5(input), psk);
}

/** The customer end as exported, with the chosen mistake applied to the model or the key before rendering. */
export function customerSide(input: V5DeviceInput, psk: string, mistake: LabMistake): LabSide {
  const model = customerEndpointV5(input);
  if (mistake === 'wrong-psk') return side(model, `${psk}-typo`);
  if (mistake === 'dh-group') return side({ ...model, ike: { ...model.ike, dhGroup: model.ike.dhGroup === 'group14' ? 'group15' : 'group14' } }, psk);
  if (mistake === 'reversed-subnets') {
    return side(
      { ...model, localSubnets: model.peerSubnets, peerSubnets: model.localSubnets, policies: model.policies.map((p) => ({ local: p.peer, peer: p.local })) },
      psk,
    );
  }
  return side(model, psk);
}

/** The hosts that stand in for each LAN: the first address of every subnet of that end. */
export function lanHosts(subnets: readonly string[]): string[] {
  return [...new Set(subnets.map(firstHostOf))];
}

/** The pair of hosts the data-path check pings between: the first rule's (policy) or the first subnets. */
export function probeHosts(otc: EndpointModel): { from: string; to: string } | undefined {
  const local = otc.style === 'policy' ? otc.policies[0]?.local[0] : otc.localSubnets[0];
  const peer = otc.style === 'policy' ? otc.policies[0]?.peer[0] : otc.peerSubnets[0];
  return local && peer ? { from: firstHostOf(local), to: firstHostOf(peer) } : undefined;
}

const PLUGIN_FOR: Record<string, string[]> = {
  '3des': ['des', 'openssl'],
  'aes-128-gcm-16': ['gcm', 'openssl'],
  'aes-256-gcm-16': ['gcm', 'openssl'],
  md5: ['md5', 'openssl'],
  group19: ['openssl'],
  group20: ['openssl'],
  group21: ['openssl'],
};

/** Algorithms of the connection this machine's strongSwan cannot do, with the plugin that would. */
export function unsupportedAlgorithms(m: EndpointModel, plugins: readonly string[]): string[] {
  const used = [m.ike.encryption, m.ike.integrity, m.ike.dhGroup, m.ipsec.encryption, m.ipsec.integrity, m.ipsec.pfs];
  return [...new Set(used)].filter((a) => {
    const need = PLUGIN_FOR[a];
    return need !== undefined && !need.some((p) => plugins.includes(p));
  }).map((a) => `${a} (needs strongSwan plugin ${PLUGIN_FOR[a]?.join(' or ')})`);
}
