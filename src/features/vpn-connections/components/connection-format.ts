import type { VpnConnection } from '@contract/vpn-connection';
import dayjs from 'dayjs';

const styleLabels: Record<VpnConnection['style'], string> = {
  STATIC: 'Static routing',
  POLICY: 'Policy-based',
  BGP: 'BGP routing',
};

export function styleLabel(style: VpnConnection['style']): string {
  return styleLabels[style];
}

/** Customer-side subnets: peer_subnets, or for policy-based connections the rules' destinations. */
export function customerSubnets(connection: VpnConnection): string[] {
  if (connection.peer_subnets && connection.peer_subnets.length > 0) return connection.peer_subnets;
  const fromRules = connection.policy_rules?.flatMap((r) => r.destination) ?? [];
  return [...new Set(fromRules)];
}

/** Local time for people, e.g. "2025-06-09 09:24". */
export function formatTimestamp(iso: string | undefined): string {
  if (!iso) return '—';
  const t = dayjs(iso);
  return t.isValid() ? t.format('YYYY-MM-DD HH:mm') : iso;
}

/** First 8 characters of an id, for places where the name is unknown. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}
