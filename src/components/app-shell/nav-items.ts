import {
  IconBuildingBroadcastTower,
  IconNetwork,
  IconPlugConnected,
  IconRouter,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import { paths } from '@/config/paths';

export interface NavItem {
  label: string;
  /** Shown under the label, e.g. which API the page uses. */
  description?: string;
  to: string;
  icon: Icon;
}

export const navItems: readonly NavItem[] = [
  { label: 'VPN connections', to: paths.vpnConnections.href(), icon: IconPlugConnected },
  { label: 'VPN gateways', to: paths.vpnGateways.href(), icon: IconRouter },
  { label: 'Customer gateways', to: paths.customerGateways.href(), icon: IconBuildingBroadcastTower },
  { label: 'Classic VPN (API v2.0)', to: paths.classicVpn.href(), icon: IconNetwork },
  { label: 'Settings', to: paths.settings.href(), icon: IconSettings },
];

/** True when `pathname` is the item's page or one of its sub-pages. */
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
