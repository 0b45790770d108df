import type { VpnConnection } from '@contract/vpn-connection';
import { presentStatus } from '@/components/status-presentation';
import { formatTimestamp, haRoleLabel, shortId, styleLabel } from '@/features/vpn-connections/components/connection-format';
import type { ColumnId } from '@/features/vpn-connections/components/connection-table/column-meta';
import type { ConnectionFacts } from '@/features/vpn-connections/components/connection-table/connection-facts';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';

// The cells of the first paint: the same text, classes and accessible wording as the React cells in
// connection-cells.tsx (a test compares the two), built with the DOM because React has not loaded yet.

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => HTMLElementTagNameMap[K];

export function maker(doc: Document): Make {
  return (tag, className, text) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
}

function nameAndAddress(make: Make, name: string | undefined, fallbackId: string, address: string | undefined): HTMLElement[] {
  const line = make('span', classes.line, name ?? shortId(fallbackId));
  if (!name) line.title = fallbackId;
  return address ? [line, make('span', `${classes.sub} ${classes.mono}`, address)] : [line];
}

function subnets(make: Make, list: readonly string[]): HTMLElement[] {
  const [first, second] = list;
  if (first === undefined) return [make('span', classes.line, '—')];
  const out = [make('span', `${classes.line} ${classes.mono}`, first)];
  if (list.length === 2 && second !== undefined) out.push(make('span', `${classes.line} ${classes.mono}`, second));
  if (list.length > 2) {
    const more = make('span', classes.more, `+${list.length - 1} more`);
    more.title = list.join(', ');
    more.append(make('span', classes.srOnly, `: ${list.slice(1).join(', ')}`));
    out.push(more);
  }
  return out;
}

function time(make: Make, iso: string | undefined): HTMLElement[] {
  const [date, clock] = formatTimestamp(iso).split(' ');
  const el = make('time', classes.line, date);
  if (iso) el.dateTime = iso;
  if (clock) el.append(make('span', classes.sub, clock));
  return [el];
}

function status(make: Make, value: string): HTMLElement[] {
  const { label, color, explanation } = presentStatus(value);
  const pill = make('span', classes.pill, label);
  pill.style.setProperty('--pill-bg', `var(--mantine-color-${color}-light)`);
  pill.title = explanation;
  pill.dataset.testid = 'status-badge';
  pill.dataset.status = value;
  return [pill, make('span', classes.srOnly, explanation)];
}

/** The content of one cell (the name column is the row header and is built by the table). */
export function cellContent(make: Make, id: Exclude<ColumnId, 'name'>, c: VpnConnection, f: ConnectionFacts): HTMLElement[] {
  switch (id) {
    case 'status':
      return status(make, c.status ?? 'UNKNOWN');
    case 'style':
      return [make('span', classes.line, styleLabel(c.style))];
    case 'vpnGateway':
      return nameAndAddress(make, f.gateway?.name, c.vgw_id, f.gatewayIp);
    case 'customerGateway':
      return nameAndAddress(make, f.customer?.name, c.cgw_id, f.customer?.ip);
    case 'subnets':
      return subnets(make, f.subnets);
    case 'tunnel':
      return [make('span', `${classes.line} ${classes.mono}`, c.tunnel_local_address ? `${c.tunnel_local_address} ↔ ${c.tunnel_peer_address ?? '—'}` : '—')];
    case 'ikeVersion':
      return [make('span', classes.line, c.ikepolicy?.ike_version ?? '—')];
    case 'haRole':
      return [make('span', classes.line, haRoleLabel(c.ha_role))];
    case 'created':
      return time(make, c.created_at);
    case 'updated':
      return time(make, c.updated_at);
  }
}
