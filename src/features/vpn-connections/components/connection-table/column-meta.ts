// What each column of the connection list is called, how wide it is and whether it shows by default: plain
// data, shared by the React table and the list's first paint (which runs before React has loaded).

export const COLUMN_IDS = [
  'name',
  'status',
  'style',
  'vpnGateway',
  'customerGateway',
  'subnets',
  'tunnel',
  'ikeVersion',
  'haRole',
  'created',
  'updated',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** localStorage key of the column chooser (a per-browser preference, nothing secret). */
export const COLUMN_STORAGE_KEY = 'otc-vpn-console.connection-columns';

export interface ColumnMeta {
  label: string;
  /** Width in px (the table uses a fixed layout so virtualised rows never shift columns). */
  width: number;
  /** Shown until the admin changes it in the column chooser. */
  defaultVisible: boolean;
}

export const COLUMN_META: Record<ColumnId, ColumnMeta> = {
  name: { label: 'Name', width: 190, defaultVisible: true },
  status: { label: 'Status', width: 124, defaultVisible: true },
  style: { label: 'Style', width: 116, defaultVisible: true },
  vpnGateway: { label: 'VPN gateway', width: 160, defaultVisible: true },
  customerGateway: { label: 'Customer gateway', width: 160, defaultVisible: true },
  subnets: { label: 'Customer subnets', width: 150, defaultVisible: true },
  tunnel: { label: 'Tunnel addresses', width: 170, defaultVisible: false },
  ikeVersion: { label: 'IKE', width: 64, defaultVisible: false },
  haRole: { label: 'HA role', width: 130, defaultVisible: false },
  created: { label: 'Created', width: 104, defaultVisible: true },
  updated: { label: 'Updated', width: 104, defaultVisible: false },
};
