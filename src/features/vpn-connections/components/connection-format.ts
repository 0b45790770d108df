import type { VpnConnection } from '@contract/vpn-connection';

const styleLabels: Record<VpnConnection['style'], string> = {
  STATIC: 'Static routing',
  POLICY: 'Policy-based',
  BGP: 'BGP routing',
};

export function styleLabel(style: VpnConnection['style']): string {
  return styleLabels[style];
}

/** The HA role of a connection on an active/standby gateway, in words. */
export function haRoleLabel(role: string | undefined): string {
  return role === 'slave' ? 'Standby (slave)' : role === 'master' ? 'Active (master)' : '—';
}

/** Customer-side subnets: peer_subnets, or for policy-based connections the rules' destinations. */
export function customerSubnets(connection: VpnConnection): string[] {
  if (connection.peer_subnets && connection.peer_subnets.length > 0) return connection.peer_subnets;
  const fromRules = connection.policy_rules?.flatMap((r) => r.destination) ?? [];
  return [...new Set(fromRules)];
}

/** Local time for people, e.g. "2025-06-09 09:24". No date library: the first paint needs it before any has loaded. */
export function formatTimestamp(iso: string | undefined): string {
  if (!iso) return '—';
  // A date alone is local midnight (as a date-time without offset is), not UTC midnight as Date would read it.
  const t = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00` : iso);
  if (Number.isNaN(t.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())} ${two(t.getHours())}:${two(t.getMinutes())}`;
}

/** First 8 characters of an id, for places where the name is unknown. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}
