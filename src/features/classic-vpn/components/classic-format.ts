import { WEAK_CHOICES } from '@contract/crypto-policy';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import type { NeutronSubnet } from '@contract/classic/classic-resources';

// Words and lookups shared by the classic pages.

/** First 8 characters of an id, where the name is unknown. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** The object's name, or its short id when it has none (names are optional in Neutron). */
export function displayName(o: { name?: string | undefined; id: string } | undefined, fallbackId = ''): string {
  if (!o) return shortId(fallbackId);
  return o.name ? o.name : shortId(o.id);
}

const UPPER: Record<string, string> = { md5: 'MD5', sha1: 'SHA1', '3des': '3DES', esp: 'ESP', ah: 'AH', 'ah-esp': 'AH-ESP', disable: 'Disabled' };

/** "sha2-256" → "SHA2-256", "group14" → "DH group 14". */
export function algorithmLabel(value: string): string {
  if (UPPER[value]) return UPPER[value];
  const group = /^group(\d+)$/.exec(value);
  if (group) return `DH group ${group[1]}`;
  return value.toUpperCase();
}

/** The label of a select option, with the docs' low-security note where it applies. */
export function algorithmOption(value: string): { value: string; label: string } {
  const weak = WEAK_CHOICES[value];
  return { value, label: weak ? `${algorithmLabel(value)} (weak: ${weak})` : algorithmLabel(value) };
}

export function lifetimeLabel(lifetime: { units: string; value: number } | undefined): string {
  if (!lifetime) return '—';
  const { value } = lifetime;
  const hours = value % 3600 === 0 ? ` (${value / 3600} h)` : '';
  return `${value} ${lifetime.units === 'seconds' ? 's' : lifetime.units}${hours}`;
}

export function subnetLabel(subnet: NeutronSubnet): string {
  return `${subnet.name ?? shortId(subnet.id)} (${subnet.cidr})`;
}

/** Neutron's "2020-08-05 12:39:35.921257" (UTC) → "2020-08-05 12:39 UTC". */
export function neutronTimeLabel(value: string | undefined): string {
  if (!value) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(value);
  return m ? `${m[1]} ${m[2]} UTC` : value;
}

type RefField = 'ikepolicy_id' | 'ipsecpolicy_id' | 'vpnservice_id' | 'local_ep_group_id' | 'peer_ep_group_id';

/** Which connections use an object, by the object's id. */
export function usageBy(connections: readonly IpsecSiteConnection[] | undefined, fields: readonly RefField[]): Map<string, IpsecSiteConnection[]> {
  const map = new Map<string, IpsecSiteConnection[]>();
  for (const c of connections ?? []) {
    for (const f of fields) {
      const id = c[f];
      if (!id) continue;
      const list = map.get(id) ?? [];
      if (!list.includes(c)) list.push(c);
      map.set(id, list);
    }
  }
  return map;
}
