import type { VpnConnection } from '@contract/vpn-connection';
import { presentStatus } from '@/components/status-presentation';
import { styleLabel } from '@/features/vpn-connections/components/connection-format';
import type { ConnectionFacts } from '@/features/vpn-connections/components/connection-table/connection-facts';
import type { PairIndex } from '@/features/vpn-connections/components/connection-table/pair-grouping';

type Field = readonly [header: string, value: (c: VpnConnection, f: ConnectionFacts, paired: boolean) => string | undefined];

// An explicit list of what leaves the browser: the API never returns a PSK, and this export could not
// include one even if a future response did.
const FIELDS: readonly Field[] = [
  ['id', (c) => c.id],
  ['name', (c) => c.name],
  ['status', (c) => c.status],
  ['status_label', (c) => presentStatus(c.status ?? 'UNKNOWN').label],
  ['style', (c) => styleLabel(c.style)],
  ['vpn_gateway', (_c, f) => f.gateway?.name],
  ['vpn_gateway_id', (c) => c.vgw_id],
  ['vpn_gateway_ip', (c, f) => f.gatewayIp ?? c.vgw_ip],
  ['customer_gateway', (_c, f) => f.customer?.name],
  ['customer_gateway_id', (c) => c.cgw_id],
  ['customer_gateway_ip', (_c, f) => f.customer?.ip],
  ['customer_subnets', (_c, f) => f.subnets.join(' ')],
  ['tunnel_local_address', (c) => c.tunnel_local_address],
  ['tunnel_peer_address', (c) => c.tunnel_peer_address],
  ['ike_version', (c) => c.ikepolicy?.ike_version],
  ['ha_role', (c) => c.ha_role],
  ['redundant_pair', (_c, _f, paired) => (paired ? 'yes' : 'no')],
  ['created_at', (c) => c.created_at],
  ['updated_at', (c) => c.updated_at],
  ['tags', (c) => c.tags?.map((t) => `${t.key}=${t.value}`).join(';')],
];

/** RFC 4180 quoting, plus a leading quote for cells a spreadsheet would run as a formula. */
export function csvCell(value: string | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** The rows as CSV text with a header line (CRLF line ends, as spreadsheets expect). */
export function connectionsToCsv(rows: readonly VpnConnection[], factsOf: (c: VpnConnection) => ConnectionFacts, pairs: PairIndex): string {
  const lines = [FIELDS.map(([h]) => h).join(',')];
  for (const c of rows) {
    const f = factsOf(c);
    const paired = pairs.has(c);
    lines.push(FIELDS.map(([, value]) => csvCell(value(c, f, paired))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Hands the text to the browser as a file download. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // The BOM makes Excel read UTF-8 (names may hold non-ASCII tag values).
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
