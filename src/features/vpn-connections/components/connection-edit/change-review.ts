import type { UpdateVpnConnection, VpnConnection } from '@contract/vpn-connection';

// What a PUT changes, old → new, and what each change does to traffic, following OTC's "takes effect when"
// rules (modifying_a_vpn_connection.rst) and the API reference (§8).

/** How a change reaches the running tunnel. */
export type Impact = 'none' | 'renegotiate' | 'interrupt' | 'next-rekey' | 'recreate';

export interface ChangeLine {
  /** Request path, e.g. "ikepolicy.dh_group". */
  path: string;
  label: string;
  before: string;
  after: string;
  impact: Impact;
  /** When and how it takes effect, in words. */
  note: string;
}

const LABELS: Record<string, string> = {
  name: 'Name',
  cgw_id: 'Customer gateway',
  peer_subnets: 'Customer subnets',
  tunnel: 'Tunnel interface addresses',
  enable_hub: 'Branch interconnection',
  psk: 'Pre-shared key',
  policy_rules: 'Policy rules',
  'ikepolicy.ike_version': 'IKE version',
  'ikepolicy.phase1_negotiation_mode': 'IKE negotiation mode',
  'ikepolicy.authentication_algorithm': 'IKE authentication algorithm',
  'ikepolicy.encryption_algorithm': 'IKE encryption algorithm',
  'ikepolicy.dh_group': 'IKE DH group',
  'ikepolicy.lifetime_seconds': 'IKE SA lifetime (s)',
  'ikepolicy.local_id': 'Local ID',
  'ikepolicy.peer_id': 'Peer ID',
  'ikepolicy.dpd.timeout': 'DPD timeout (s)',
  'ikepolicy.dpd.interval': 'DPD interval (s)',
  'ikepolicy.dpd.msg': 'DPD message format',
  'ipsecpolicy.authentication_algorithm': 'IPsec authentication algorithm',
  'ipsecpolicy.encryption_algorithm': 'IPsec encryption algorithm',
  'ipsecpolicy.pfs': 'PFS',
  'ipsecpolicy.lifetime_seconds': 'IPsec SA lifetime (s)',
};

const text = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '—' : Array.isArray(v) ? v.map(String).join(', ') : typeof v === 'boolean' ? (v ? 'Enabled' : 'Disabled') : String(v);
const rules = (r: VpnConnection['policy_rules']) => (r ?? []).map((x) => `${x.source} → ${x.destination.join(', ')}`).join('; ') || '—';

function impactOf(path: string, ikev2: boolean, onlyPsk: boolean): { impact: Impact; note: string } {
  if (path === 'name' || path === 'enable_hub' || path.startsWith('ikepolicy.dpd.')) return { impact: 'none', note: 'No effect on traffic.' };
  if (path === 'cgw_id') return { impact: 'interrupt', note: 'The tunnel is rebuilt towards the other device; traffic stops until that device is configured to match.' };
  if (path === 'tunnel') return { impact: 'interrupt', note: 'The tunnel interface is readdressed: routes and BGP sessions over it drop until the device uses the new addresses.' };
  if (path === 'peer_subnets') return { impact: 'renegotiate', note: 'Routes change at once; traffic to removed subnets stops. Mirror the change on the device.' };
  if (path === 'policy_rules') return { impact: 'renegotiate', note: 'IPsec SAs are renegotiated with the new rules (a short pause); mirror them on the device.' };
  if (path === 'psk') {
    return ikev2 && onlyPsk
      ? { impact: 'recreate', note: 'IKEv2: a PSK change on its own takes effect only when the connection is re-created. Set the same key on the device.' }
      : { impact: 'next-rekey', note: 'Used from the next IKE negotiation; set the same key on the device first, or that negotiation fails.' };
  }
  if (path === 'ikepolicy.ike_version') return { impact: 'interrupt', note: 'Both ends must use the same IKE version; the tunnel renegotiates at once.' };
  if (path === 'ikepolicy.local_id' || path === 'ikepolicy.peer_id') {
    return ikev2
      ? { impact: 'recreate', note: 'IKEv2: an identity change takes effect only when the connection is re-created.' }
      : { impact: 'next-rekey', note: 'Used from the next IKE negotiation; match the device’s IDs.' };
  }
  if (path.startsWith('ikepolicy.')) return { impact: 'next-rekey', note: 'Applies when the IKE (phase 1) SA is renegotiated; make the device match before then.' };
  return { impact: 'next-rekey', note: 'Applies when the IPsec (phase 2) SAs are renegotiated; make the device match before then.' };
}

/** One line per changed field: label, old value, new value, and its impact on traffic. The PSK is never shown. */
export function describeChanges(c: VpnConnection, changes: UpdateVpnConnection, customerName: (id: string) => string = (id) => id): ChangeLine[] {
  const lines: Array<Omit<ChangeLine, 'impact' | 'note'>> = [];
  const add = (path: string, before: string, after: string) => lines.push({ path, label: LABELS[path] ?? path, before, after });
  if (changes.name !== undefined) add('name', c.name, changes.name);
  if (changes.cgw_id !== undefined) add('cgw_id', customerName(c.cgw_id), customerName(changes.cgw_id));
  if (changes.peer_subnets !== undefined) add('peer_subnets', text(c.peer_subnets), text(changes.peer_subnets));
  if (changes.tunnel_local_address !== undefined || changes.tunnel_peer_address !== undefined) {
    add('tunnel', `${c.tunnel_local_address ?? '—'} / ${c.tunnel_peer_address ?? '—'}`, `${changes.tunnel_local_address ?? '—'} / ${changes.tunnel_peer_address ?? '—'}`);
  }
  if (changes.enable_hub !== undefined) add('enable_hub', text(c.enable_hub), text(changes.enable_hub));
  if (changes.psk !== undefined) add('psk', 'current key (never shown)', `a new key of ${changes.psk.length} characters (not shown)`);
  if (changes.policy_rules !== undefined) add('policy_rules', rules(c.policy_rules), rules(changes.policy_rules));
  const ike = (changes.ikepolicy ?? {}) as Record<string, unknown>;
  const oldIke = (c.ikepolicy ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(ike)) {
    if (k === 'dpd') continue;
    add(`ikepolicy.${k}`, text(oldIke[k]), text(v));
  }
  for (const [k, v] of Object.entries(changes.ikepolicy?.dpd ?? {})) add(`ikepolicy.dpd.${k}`, text((c.ikepolicy?.dpd as Record<string, unknown> | undefined)?.[k]), text(v));
  const oldIpsec = (c.ipsecpolicy ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes.ipsecpolicy ?? {})) add(`ipsecpolicy.${k}`, text(oldIpsec[k]), text(v));
  const ikev2 = (changes.ikepolicy?.ike_version ?? c.ikepolicy?.ike_version ?? 'v2') === 'v2';
  const onlyPsk = lines.every((l) => l.path === 'psk');
  return lines.map((l) => ({ ...l, ...impactOf(l.path, ikev2, onlyPsk) }));
}

/** A field the API did not apply as sent, found by reading the connection back after the update. */
export interface Mismatch {
  label: string;
  sent: string;
  got: string;
}

const sortedText = (v: readonly string[] | undefined) => [...(v ?? [])].sort().join(', ');
const ruleText = (r: VpnConnection['policy_rules']) => (r ?? []).map((x) => `${x.source} → ${[...x.destination].sort().join(', ')}`).sort().join('; ');

/** Compares what was sent with what the API returns now; the PSK cannot be read back and is not compared. */
export function unappliedFields(sent: UpdateVpnConnection, reread: VpnConnection): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (path: string, want: string, got: string) => {
    if (want !== got) out.push({ label: LABELS[path] ?? path, sent: want || '—', got: got || '—' });
  };
  if (sent.name !== undefined) check('name', sent.name, reread.name);
  if (sent.cgw_id !== undefined) check('cgw_id', sent.cgw_id, reread.cgw_id);
  if (sent.peer_subnets !== undefined) check('peer_subnets', sortedText(sent.peer_subnets), sortedText(reread.peer_subnets));
  if (sent.tunnel_local_address !== undefined) check('tunnel', `${sent.tunnel_local_address} / ${sent.tunnel_peer_address ?? ''}`, `${reread.tunnel_local_address ?? ''} / ${reread.tunnel_peer_address ?? ''}`);
  if (sent.enable_hub !== undefined) check('enable_hub', text(sent.enable_hub), text(reread.enable_hub));
  if (sent.policy_rules !== undefined) check('policy_rules', ruleText(sent.policy_rules), ruleText(reread.policy_rules));
  const gotIke = (reread.ikepolicy ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(sent.ikepolicy ?? {})) if (k !== 'dpd') check(`ikepolicy.${k}`, text(v), text(gotIke[k]));
  const gotDpd = (reread.ikepolicy?.dpd ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(sent.ikepolicy?.dpd ?? {})) check(`ikepolicy.dpd.${k}`, text(v), text(gotDpd[k]));
  const gotIpsec = (reread.ipsecpolicy ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(sent.ipsecpolicy ?? {})) check(`ipsecpolicy.${k}`, text(v), text(gotIpsec[k]));
  return out;
}
