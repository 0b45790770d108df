import { parseCidr, parseIpv4 } from '@contract/ipv4';
import type { VpnConnection } from '@contract/vpn-connection';
import type { ReactNode } from 'react';
import { presentStatus } from '@/components/status-badge';
import { styleLabel } from '@/features/vpn-connections/components/connection-format';
import {
  NameAndAddress,
  PlainCell,
  StatusPill,
  SubnetsCell,
  TimeCell,
} from '@/features/vpn-connections/components/connection-table/connection-cells';
import type { ConnectionFacts } from '@/features/vpn-connections/components/connection-table/connection-facts';
import type { ColumnId } from '@/features/vpn-connections/components/connection-table/list-view';

type SortValue = string | number | undefined;

export interface ColumnSpec {
  label: string;
  /** Width in px (the table uses a fixed layout so virtualised rows never shift columns). */
  width: number;
  /** Shown until the admin changes it in the column chooser. */
  defaultVisible: boolean;
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
const haRoleLabel = (role: string | undefined) => (role === 'slave' ? 'Standby (slave)' : role === 'master' ? 'Active (master)' : '—');

export const COLUMNS: Record<ColumnId, ColumnSpec> = {
  name: { label: 'Name', width: 190, defaultVisible: true, sortValue: (c) => c.name.toLowerCase() },
  status: {
    label: 'Status',
    width: 124,
    defaultVisible: true,
    sortValue: (c) => STATUS_RANK[c.status ?? 'UNKNOWN'] ?? 2,
    render: (c) => <StatusPill status={c.status ?? 'UNKNOWN'} />,
  },
  style: {
    label: 'Style',
    width: 116,
    defaultVisible: true,
    sortValue: (c) => styleLabel(c.style),
    render: (c) => <PlainCell>{styleLabel(c.style)}</PlainCell>,
  },
  vpnGateway: {
    label: 'VPN gateway',
    width: 160,
    defaultVisible: true,
    sortValue: (c, f) => lower(f.gateway?.name) ?? c.vgw_id,
    render: (c, f) => <NameAndAddress name={f.gateway?.name} fallbackId={c.vgw_id} address={f.gatewayIp} />,
  },
  customerGateway: {
    label: 'Customer gateway',
    width: 160,
    defaultVisible: true,
    sortValue: (c, f) => lower(f.customer?.name) ?? c.cgw_id,
    render: (c, f) => <NameAndAddress name={f.customer?.name} fallbackId={c.cgw_id} address={f.customer?.ip} />,
  },
  subnets: {
    label: 'Customer subnets',
    width: 150,
    defaultVisible: true,
    sortValue: (_c, f) => cidrValue(f.subnets[0]),
    render: (_c, f) => <SubnetsCell subnets={f.subnets} />,
  },
  tunnel: {
    label: 'Tunnel addresses',
    width: 170,
    defaultVisible: false,
    sortValue: (c) => ipValue(c.tunnel_local_address),
    render: (c) => <PlainCell mono>{c.tunnel_local_address ? `${c.tunnel_local_address} ↔ ${c.tunnel_peer_address ?? '—'}` : '—'}</PlainCell>,
  },
  ikeVersion: {
    label: 'IKE',
    width: 64,
    defaultVisible: false,
    sortValue: (c) => c.ikepolicy?.ike_version,
    render: (c) => <PlainCell>{c.ikepolicy?.ike_version ?? '—'}</PlainCell>,
  },
  haRole: {
    label: 'HA role',
    width: 130,
    defaultVisible: false,
    sortValue: (c) => c.ha_role,
    render: (c) => <PlainCell>{haRoleLabel(c.ha_role)}</PlainCell>,
  },
  created: {
    label: 'Created',
    width: 104,
    defaultVisible: true,
    sortValue: (c) => c.created_at,
    render: (c) => <TimeCell iso={c.created_at} />,
  },
  updated: {
    label: 'Updated',
    width: 104,
    defaultVisible: false,
    sortValue: (c) => c.updated_at,
    render: (c) => <TimeCell iso={c.updated_at} />,
  },
};

/** The status label for announcements and CSV (kept beside the column that shows it). */
export const statusLabel = (c: VpnConnection) => presentStatus(c.status ?? 'UNKNOWN').label;
