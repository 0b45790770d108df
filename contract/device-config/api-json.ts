import type { EndpointGroup } from '../classic/classic-resources.ts';
import type { ClassicIkePolicy, ClassicIpsecPolicy } from '../classic/classic-policies.ts';
import type { IpsecSiteConnection } from '../classic/ipsec-site-connection.ts';
import type { VpnConnection } from '../vpn-connection.ts';

// Connections as the API's create bodies, so they can be replayed with curl or the console's import. The PSK
// is never part of them: the API never returns it, and a file on disk is the wrong place for it.

type Json = Record<string, unknown>;

const defined = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The POST /v5/{project_id}/vpn-connection body of an existing connection, without psk. */
export function v5CreateBody(c: VpnConnection): { vpn_connection: Json } {
  const style = c.style.toLowerCase();
  const ike = c.ikepolicy;
  const v1 = ike?.ike_version === 'v1';
  return {
    vpn_connection: defined({
      name: c.name,
      vgw_id: c.vgw_id,
      vgw_ip: c.vgw_ip,
      style,
      cgw_id: c.cgw_id,
      peer_subnets: c.peer_subnets && c.peer_subnets.length > 0 ? [...c.peer_subnets] : undefined,
      tunnel_local_address: style === 'policy' ? undefined : c.tunnel_local_address,
      tunnel_peer_address: style === 'policy' ? undefined : c.tunnel_peer_address,
      enable_nqa: style === 'static' ? (c.enable_nqa ?? false) : undefined,
      enable_hub: style === 'bgp' ? (c.enable_hub ?? false) : undefined,
      // rule_index is deprecated ("advised not to set"): rules keep their order instead.
      policy_rules: style === 'policy' ? (c.policy_rules ?? []).map((r) => ({ source: r.source, destination: [...r.destination] })) : undefined,
      ikepolicy: ike
        ? defined({
            ike_version: ike.ike_version,
            phase1_negotiation_mode: v1 ? ike.phase1_negotiation_mode : undefined,
            authentication_algorithm: ike.authentication_algorithm,
            encryption_algorithm: ike.encryption_algorithm,
            dh_group: ike.dh_group,
            authentication_method: ike.authentication_method,
            lifetime_seconds: ike.lifetime_seconds,
            local_id_type: ike.local_id_type,
            local_id: ike.local_id,
            peer_id_type: ike.peer_id_type,
            peer_id: ike.peer_id,
            dpd: ike.dpd ? defined({ timeout: ike.dpd.timeout, interval: ike.dpd.interval, msg: ike.dpd.msg }) : undefined,
          })
        : undefined,
      ipsecpolicy: c.ipsecpolicy ? defined({ ...c.ipsecpolicy }) : undefined,
      ha_role: c.ha_role,
      tags: c.tags && c.tags.length > 0 ? c.tags.map((t) => ({ key: t.key, value: t.value })) : undefined,
    }),
  };
}

export interface JsonExport {
  filename: string;
  text: string;
}

/** One connection: exactly one create body. A selection: an array of create bodies, in the given order. */
export function v5JsonExport(connections: readonly VpnConnection[]): JsonExport {
  const bodies = connections.map(v5CreateBody);
  const single = bodies.length === 1 ? bodies[0] : undefined;
  const first = connections[0];
  return {
    filename: single && first ? `${first.name}.vpn-connection.json` : `vpn-connections-${connections.length}.json`,
    text: `${JSON.stringify(single ?? bodies, null, 2)}\n`,
  };
}

export interface ClassicExportInput {
  connection: IpsecSiteConnection;
  ikePolicy: ClassicIkePolicy;
  ipsecPolicy: ClassicIpsecPolicy;
  localEndpointGroup?: EndpointGroup | undefined;
  peerEndpointGroup?: EndpointGroup | undefined;
}

const lifetime = (l: { units: string; value: number }) => ({ units: l.units, value: l.value });

/** The create bodies of a classic connection and the policies and groups it needs, without psk. */
export function classicCreateBodies(input: ClassicExportInput): Json {
  const { connection: c, ikePolicy: ike, ipsecPolicy: ipsec } = input;
  const group = (g: EndpointGroup | undefined) => (g ? { endpoint_group: defined({ name: g.name, type: g.type, endpoints: [...g.endpoints] }) } : undefined);
  return defined({
    ikepolicy: defined({ name: ike.name, auth_algorithm: ike.auth_algorithm, encryption_algorithm: ike.encryption_algorithm, ike_version: ike.ike_version, pfs: ike.pfs, phase1_negotiation_mode: ike.phase1_negotiation_mode, lifetime: lifetime(ike.lifetime) }),
    ipsecpolicy: defined({ name: ipsec.name, auth_algorithm: ipsec.auth_algorithm, encryption_algorithm: ipsec.encryption_algorithm, pfs: ipsec.pfs, transform_protocol: ipsec.transform_protocol, encapsulation_mode: ipsec.encapsulation_mode, lifetime: lifetime(ipsec.lifetime) }),
    local_endpoint_group: group(input.localEndpointGroup),
    peer_endpoint_group: group(input.peerEndpointGroup),
    ipsec_site_connection: defined({
      name: c.name,
      initiator: c.initiator,
      peer_address: c.peer_address,
      peer_id: c.peer_id,
      vpnservice_id: c.vpnservice_id,
      ikepolicy_id: c.ikepolicy_id,
      ipsecpolicy_id: c.ipsecpolicy_id,
      local_ep_group_id: c.local_ep_group_id ?? undefined,
      peer_ep_group_id: c.peer_ep_group_id ?? undefined,
      dpd: c.dpd ? { action: c.dpd.action, interval: c.dpd.interval, timeout: c.dpd.timeout } : undefined,
    }),
  });
}

export function classicJsonExport(inputs: readonly ClassicExportInput[]): JsonExport {
  const bodies = inputs.map(classicCreateBodies);
  const first = inputs[0];
  return {
    filename: bodies.length === 1 && first ? `${first.connection.name ?? first.connection.id}.ipsec-site-connection.json` : `ipsec-site-connections-${inputs.length}.json`,
    text: `${JSON.stringify(bodies.length === 1 ? bodies[0] : bodies, null, 2)}\n`,
  };
}
