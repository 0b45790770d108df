import { connectionFormValuesSchema, type ConnectionFormValues } from '@contract/connection-form';
import type { UpdateVpnConnection, VpnConnection } from '@contract/vpn-connection';

// The edit form reuses the wizard's form values (and so its field components); what is sent is only what the
// admin changed, worked out against the values the form started from.

/** The form's starting values for a connection; the PSK is never prefilled (empty = keep the current key). */
export function editFormValues(c: VpnConnection): ConnectionFormValues {
  const ike = c.ikepolicy ?? {};
  return connectionFormValuesSchema.parse({
    style: c.style.toLowerCase(),
    name: c.name,
    vgw_id: c.vgw_id,
    vgw_ip: c.vgw_ip,
    ha_role: c.ha_role,
    cgw_id: c.cgw_id,
    peer_subnets: c.peer_subnets?.length ? c.peer_subnets : [''],
    tunnel_mode: 'manual',
    tunnel_local_address: c.tunnel_local_address ?? '',
    tunnel_peer_address: c.tunnel_peer_address ?? '',
    enable_nqa: c.enable_nqa ?? false,
    enable_hub: c.enable_hub ?? false,
    policy_rules: c.policy_rules?.length ? c.policy_rules.map((r) => ({ source: r.source, destination: [...r.destination] })) : undefined,
    psk: '',
    psk_confirm: '',
    ikepolicy: { ...ike, local_id: ike.local_id ?? '', peer_id: ike.peer_id ?? '', phase1_negotiation_mode: ike.phase1_negotiation_mode ?? 'main' },
    ipsecpolicy: c.ipsecpolicy ?? {},
    tags: c.tags ?? [],
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const trimList = (list: readonly string[]) => list.map((v) => v.trim());
const ruleKey = (rules: ConnectionFormValues['policy_rules']) =>
  rules.map((r) => `${r.source.trim()}>${trimList(r.destination).sort().join(',')}`).join(';');

type Ike = ConnectionFormValues['ikepolicy'];
const IKE_FIELDS = ['ike_version', 'authentication_algorithm', 'encryption_algorithm', 'dh_group', 'lifetime_seconds'] as const satisfies readonly (keyof Ike)[];
const DPD_FIELDS = ['timeout', 'interval', 'msg'] as const;
const IPSEC_FIELDS = ['authentication_algorithm', 'encryption_algorithm', 'pfs', 'lifetime_seconds'] as const;

function ikeChanges(before: Ike, after: Ike): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const f of IKE_FIELDS) if (after[f] !== before[f]) out[f] = after[f];
  // The negotiation mode exists only for IKEv1; switching to v1 sends it so the cloud does not guess.
  if (after.ike_version === 'v1' && (after.phase1_negotiation_mode !== before.phase1_negotiation_mode || out.ike_version !== undefined)) {
    out.phase1_negotiation_mode = after.phase1_negotiation_mode;
  }
  // An emptied ID cannot be reset through the API: empty means "keep".
  for (const f of ['local_id', 'peer_id'] as const) if (after[f].trim() !== '' && after[f].trim() !== before[f]) out[f] = after[f].trim();
  const dpd: Record<string, unknown> = {};
  for (const f of DPD_FIELDS) if (after.dpd[f] !== before.dpd[f]) dpd[f] = after.dpd[f];
  if (Object.keys(dpd).length > 0) out.dpd = dpd;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The PUT body: only the documented updatable fields that differ from where the form started. Values are
 * not validated here (the resolver checks them with the contract's update schema).
 */
export function changedFields(before: ConnectionFormValues, after: ConnectionFormValues): UpdateVpnConnection {
  const out: Record<string, unknown> = {};
  if (after.name.trim() !== before.name) out.name = after.name.trim();
  if (after.cgw_id !== before.cgw_id) out.cgw_id = after.cgw_id;
  if (!sameSet(trimList(after.peer_subnets), trimList(before.peer_subnets))) out.peer_subnets = trimList(after.peer_subnets);
  if (after.style !== 'policy') {
    const local = after.tunnel_local_address.trim();
    const peer = after.tunnel_peer_address.trim();
    if (local !== before.tunnel_local_address || peer !== before.tunnel_peer_address) {
      out.tunnel_local_address = local;
      out.tunnel_peer_address = peer;
    }
  }
  if (after.style === 'bgp' && after.enable_hub !== before.enable_hub) out.enable_hub = after.enable_hub;
  if (after.psk !== '') out.psk = after.psk;
  if (after.style === 'policy' && ruleKey(after.policy_rules) !== ruleKey(before.policy_rules)) {
    out.policy_rules = after.policy_rules.map((r) => ({ source: r.source.trim(), destination: trimList(r.destination) }));
  }
  const ike = ikeChanges(before.ikepolicy, after.ikepolicy);
  if (ike) out.ikepolicy = ike;
  const ipsec: Record<string, unknown> = {};
  for (const f of IPSEC_FIELDS) if (after.ipsecpolicy[f] !== before.ipsecpolicy[f]) ipsec[f] = after.ipsecpolicy[f];
  if (Object.keys(ipsec).length > 0) out.ipsecpolicy = ipsec;
  return out as UpdateVpnConnection;
}
