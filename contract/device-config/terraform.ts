import type { VpnConnection } from '../vpn-connection.ts';
import { raw, renderHcl, terraformName, type HclBlock } from './hcl.ts';

// opentelekomcloud_enterprise_vpn_connection_v5 blocks (terraform-provider-opentelekomcloud). The PSK is a
// sensitive variable per connection: the export never holds a key.

export interface TerraformExport {
  filename: string;
  text: string;
  /** Settings the provider resource cannot express; said plainly so nothing is lost unnoticed. */
  warnings: string[];
}

function ikeBlock(c: VpnConnection): HclBlock | undefined {
  const ike = c.ikepolicy;
  if (!ike) return undefined;
  return {
    type: 'ikepolicy',
    attributes: [
      ['ike_version', ike.ike_version],
      ['phase_one_negotiation_mode', ike.ike_version === 'v1' ? ike.phase1_negotiation_mode : undefined],
      ['authentication_algorithm', ike.authentication_algorithm],
      ['encryption_algorithm', ike.encryption_algorithm],
      ['dh_group', ike.dh_group],
      ['authentication_method', ike.authentication_method],
      ['lifetime_seconds', ike.lifetime_seconds],
      ['local_id_type', ike.local_id_type],
      ['local_id', ike.local_id],
      ['peer_id_type', ike.peer_id_type],
      ['peer_id', ike.peer_id],
    ],
    blocks: ike.dpd ? [{ type: 'dpd', attributes: [['timeout', ike.dpd.timeout], ['interval', ike.dpd.interval], ['msg', ike.dpd.msg]] }] : [],
  };
}

function ipsecBlock(c: VpnConnection): HclBlock | undefined {
  const p = c.ipsecpolicy;
  if (!p) return undefined;
  return {
    type: 'ipsecpolicy',
    attributes: [
      ['authentication_algorithm', p.authentication_algorithm],
      ['encryption_algorithm', p.encryption_algorithm],
      ['pfs', p.pfs],
      ['lifetime_seconds', p.lifetime_seconds],
      ['transform_protocol', p.transform_protocol],
      ['encapsulation_mode', p.encapsulation_mode],
    ],
  };
}

function connectionBlocks(c: VpnConnection, name: string, warnings: string[]): HclBlock[] {
  const style = c.style.toLowerCase();
  const pskVar = `psk_${name}`;
  if (style === 'bgp' && c.enable_hub) {
    warnings.push(`${c.name}: branch interconnection (enable_hub) is on, but the provider resource has no such argument; turn it on in the console after applying`);
  }
  const tags = c.tags && c.tags.length > 0 ? Object.fromEntries(c.tags.map((t) => [t.key, t.value])) : undefined;
  const nested = [ikeBlock(c), ipsecBlock(c)].filter((b): b is HclBlock => b !== undefined);
  if (style === 'policy') {
    nested.push(...(c.policy_rules ?? []).map((r): HclBlock => ({ type: 'policy_rules', attributes: [['source', r.source], ['destination', r.destination]] })));
  }
  return [
    {
      type: 'variable',
      labels: [pskVar],
      comments: [`Pre-shared key of "${c.name}"; never exported. Set it with TF_VAR_${pskVar} or a secrets store.`],
      attributes: [['type', raw('string')], ['sensitive', true]],
    },
    {
      type: 'resource',
      labels: ['opentelekomcloud_enterprise_vpn_connection_v5', name],
      comments: [`OTC VPN connection "${c.name}" (${c.id}), exported by the OTC VPN Console.`],
      attributes: [
        ['name', c.name],
        ['gateway_id', c.vgw_id],
        ['gateway_ip', c.vgw_ip],
        ['customer_gateway_id', c.cgw_id],
        ['vpn_type', style],
        ['psk', raw(`var.${pskVar}`)],
        ['peer_subnets', c.peer_subnets && c.peer_subnets.length > 0 ? c.peer_subnets : undefined],
        ['tunnel_local_address', style === 'policy' ? undefined : c.tunnel_local_address],
        ['tunnel_peer_address', style === 'policy' ? undefined : c.tunnel_peer_address],
        ['enable_nqa', style === 'static' ? (c.enable_nqa ?? false) : undefined],
        ['ha_role', c.ha_role],
        ['tags', tags],
      ],
      blocks: nested,
    },
  ];
}

/** Terraform for one connection or a selection; resource names come from the connection names. */
export function v5TerraformExport(connections: readonly VpnConnection[]): TerraformExport {
  const taken = new Set<string>();
  const warnings: string[] = [];
  const blocks = connections.flatMap((c) => connectionBlocks(c, terraformName(c.name, taken), warnings));
  const first = connections[0];
  return {
    filename: connections.length === 1 && first ? `${first.name}.tf` : `vpn-connections-${connections.length}.tf`,
    text: renderHcl(blocks),
    warnings,
  };
}
