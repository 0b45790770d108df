import type { ClassicExportInput } from './api-json.ts';
import { raw, renderHcl, terraformName, type HclBlock } from './hcl.ts';
import type { TerraformExport } from './terraform.ts';

// A classic connection as the opentelekomcloud_vpnaas_* resources: its IKE and IPsec policies and endpoint
// groups as new resources (so the copy is self-contained), the existing VPN service referenced by id.

const lifetime = (l: { units: string; value: number }): HclBlock => ({ type: 'lifetime', attributes: [['units', l.units], ['value', l.value]] });

function blocksFor(input: ClassicExportInput, name: string): HclBlock[] {
  const { connection: c, ikePolicy: ike, ipsecPolicy: ipsec } = input;
  const label = c.name ?? c.id;
  const pskVar = `psk_${name}`;
  const group = (suffix: string, g: ClassicExportInput['localEndpointGroup']): HclBlock | undefined =>
    g ? { type: 'resource', labels: ['opentelekomcloud_vpnaas_endpoint_group_v2', `${name}_${suffix}`], attributes: [['name', g.name ?? `${label}-${suffix}`], ['type', g.type], ['endpoints', g.endpoints]] } : undefined;
  const local = group('local', input.localEndpointGroup);
  const peer = group('peer', input.peerEndpointGroup);
  const ref = (block: HclBlock | undefined, fallback: string | null | undefined) =>
    block ? raw(`opentelekomcloud_vpnaas_endpoint_group_v2.${block.labels?.[1] ?? ''}.id`) : (fallback ?? undefined);
  return [
    { type: 'variable', labels: [pskVar], comments: [`Pre-shared key of "${label}"; never exported.`], attributes: [['type', raw('string')], ['sensitive', true]] },
    {
      type: 'resource',
      labels: ['opentelekomcloud_vpnaas_ike_policy_v2', name],
      comments: [`Classic VPN connection "${label}" (${c.id}), exported by the OTC VPN Console.`],
      attributes: [['name', ike.name ?? `${label}-ike`], ['auth_algorithm', ike.auth_algorithm], ['encryption_algorithm', ike.encryption_algorithm], ['pfs', ike.pfs], ['ike_version', ike.ike_version], ['phase1_negotiation_mode', ike.phase1_negotiation_mode]],
      blocks: [lifetime(ike.lifetime)],
    },
    {
      type: 'resource',
      labels: ['opentelekomcloud_vpnaas_ipsec_policy_v2', name],
      attributes: [['name', ipsec.name ?? `${label}-ipsec`], ['auth_algorithm', ipsec.auth_algorithm], ['encryption_algorithm', ipsec.encryption_algorithm], ['pfs', ipsec.pfs], ['transform_protocol', ipsec.transform_protocol], ['encapsulation_mode', ipsec.encapsulation_mode]],
      blocks: [lifetime(ipsec.lifetime)],
    },
    ...[local, peer].filter((b): b is HclBlock => b !== undefined),
    {
      type: 'resource',
      labels: ['opentelekomcloud_vpnaas_site_connection_v2', name],
      attributes: [
        ['name', label],
        ['vpnservice_id', c.vpnservice_id],
        ['ikepolicy_id', raw(`opentelekomcloud_vpnaas_ike_policy_v2.${name}.id`)],
        ['ipsecpolicy_id', raw(`opentelekomcloud_vpnaas_ipsec_policy_v2.${name}.id`)],
        ['local_ep_group_id', ref(local, c.local_ep_group_id)],
        ['peer_ep_group_id', ref(peer, c.peer_ep_group_id)],
        ['peer_address', c.peer_address],
        ['peer_id', c.peer_id],
        ['psk', raw(`var.${pskVar}`)],
        ['initiator', c.initiator],
      ],
      blocks: c.dpd ? [{ type: 'dpd', attributes: [['action', c.dpd.action], ['interval', c.dpd.interval], ['timeout', c.dpd.timeout]] }] : [],
    },
  ];
}

export function classicTerraformExport(inputs: readonly ClassicExportInput[]): TerraformExport {
  const taken = new Set<string>();
  const blocks = inputs.flatMap((i) => blocksFor(i, terraformName(i.connection.name ?? i.connection.id, taken)));
  const first = inputs[0];
  const warnings = inputs.some((i) => !i.localEndpointGroup || !i.peerEndpointGroup)
    ? ['An endpoint group was not available: the connection references it by id instead of recreating it']
    : [];
  return {
    filename: inputs.length === 1 && first ? `${first.connection.name ?? first.connection.id}.tf` : `ipsec-site-connections-${inputs.length}.tf`,
    text: renderHcl(blocks),
    warnings,
  };
}
