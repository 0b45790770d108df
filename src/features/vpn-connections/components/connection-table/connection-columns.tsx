import { parseCidr, parseIpv4 } from '@contract/ipv4';
import type { VpnConnection } from '@contract/vpn-connection';
import type { ReactNode } from 'react';
import { presentStatus } from '@/components/status-presentation';
import { haRoleLabel, styleLabel } from '@/features/vpn-connections/components/connection-format';
import {
  NameAndAddress,
  PlainCell,
  StatusPill,
  SubnetsCell,
  TimeCell,
} from '@/features/vpn-connections/components/connection-table/connection-cells';
import type { ConnectionFacts } from '@/features/vpn-connections/components/connection-table/connection-facts';
import { COLUMN_META, type ColumnId, type ColumnMeta } from '@/features/vpn-connections/components/connection-table/column-meta';

type SortValue = string | number | undefined;

export interface ColumnSpec extends ColumnMeta {
  sortValue: (c: VpnConnection, f: ConnectionFacts) => SortValue;
  /** Cell content; the name column renders its own link and is not in this table. */
  render?: (c: VpnConnection, f: ConnectionFacts) => ReactNode;
}

// Problems first when sorting by status ascending: an admin sorting by status is looking for trouble.
const STATUS_RANK: Record<string, number> = {
  ERROR: 0,
  DOWN: 1,
  UNKNOWN: 2,
  FREEZED: 3,
  PENDING_CREATE: 4,
  PENDING_UPDATE: 5,
  PENDING_DELETE: 6,
  ACTIVE: 7,
};

const cidrValue = (cidr: string | undefined) => (cidr ? parseCidr(cidr)?.network : undefined);
const ipValue = (ip: string | undefined) => (ip ? (parseIpv4(ip.split('/')[0] ?? '') ?? undefined) : undefined);
const lower = (s: string | undefined) => s?.toLowerCase();

export const COLUMNS: Record<ColumnId, ColumnSpec> = {
  name: { ...COLUMN_META.name, sortValue: (c) => c.name.toLowerCase() },
  status: {
    ...COLUMN_META.status,
    sortValue: (c) => STATUS_RANK[c.status ?? 'UNKNOWN'] ?? 2,
    render: (c) => <StatusPill status={c.status ?? 'UNKNOWN'} />,
  },
  style: {
    ...COLUMN_META.style,
    sortValue: (c) => styleLabel(c.style),
    render: (c) => <PlainCell>{styleLabel(c.style)}</PlainCell>,
  },
  vpnGateway: {
    ...COLUMN_META.vpnGateway,
    sortValue: (c, f) => lower(f.gateway?.name) ?? c.vgw_id,
    render: (c, f) => <NameAndAddress name={f.gateway?.name} fallbackId={c.vgw_id} address={f.gatewayIp} />,
  },
  customerGateway: {
    ...COLUMN_META.customerGateway,
    sortValue: (c, f) => lower(f.customer?.name) ?? c.cgw_id,
    render: (c, f) => <NameAndAddress name={f.customer?.name} fallbackId={c.cgw_id} address={f.customer?.ip} />,
  },
  subnets: {
    ...COLUMN_META.subnets,
    sortValue: (_c, f) => cidrValue(f.subnets[0]),
    render: (_c, f) => <SubnetsCell subnets={f.subnets} />,
  },
  tunnel: {
    ...COLUMN_META.tunnel,
    sortValue: (c) => ipValue(c.tunnel_local_address),
    render: (c) => <PlainCell mono>{c.tunnel_local_address ? `${c.tunnel_local_address} ↔ ${c.tunnel_peer_address ?? '—'}` : '—'}</PlainCell>,
  },
  ikeVersion: {
    ...COLUMN_META.ikeVersion,
    sortValue: (c) => c.ikepolicy?.ike_version,
    render: (c) => <PlainCell>{c.ikepolicy?.ike_version ?? '—'}</PlainCell>,
  },
  haRole: {
    ...COLUMN_META.haRole,
    sortValue: (c) => c.ha_role,
    render: (c) => <PlainCell>{haRoleLabel(c.ha_role)}</PlainCell>,
  },
  created: {
    ...COLUMN_META.created,
    sortValue: (c) => c.created_at,
    render: (c) => <TimeCell iso={c.created_at} />,
  },
  updated: {
    ...COLUMN_META.updated,
    sortValue: (c) => c.updated_at,
    render: (c) => <TimeCell iso={c.updated_at} />,
  },
};

/** The status label for announcements and CSV (kept beside the column that shows it). */
export const statusLabel = (c: VpnConnection) => presentStatus(c.status ?? 'UNKNOWN').label;
