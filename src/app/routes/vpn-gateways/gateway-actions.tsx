import { Group } from '@mantine/core';
import type { VpnGateway } from '@contract/vpn-gateway';
import { IconEdit, IconPlus, IconResize, IconTrash } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { GuardedButton } from '@/components/guarded-button';
import { paths } from '@/config/paths';
import type { QuotaUsage } from '@/features/quotas/api/quota-queries';
import { quotaBlockReason } from '@/features/quotas/components/quota-text';
import { gatewayBusyReason } from '@/features/vpn-gateways/components/gateway-format';

export type GatewayDialog = 'edit' | 'spec' | 'delete';

/** Props of the gateway's action bar. */
export interface GatewayActionsProps {
  gateway: VpnGateway;
  /** Connections on this gateway (undefined while unknown). */
  connectionsInUse: number | undefined;
  connectionQuota: QuotaUsage | undefined;
  onOpen: (dialog: GatewayDialog) => void;
}

/** Why no connection can be added to this gateway now, or undefined. */
export function newConnectionBlockReason(gateway: VpnGateway, inUse: number | undefined, quota: QuotaUsage | undefined): string | undefined {
  if (gateway.status !== 'ACTIVE') return gatewayBusyReason(gateway) ?? `${gateway.name} is not Active, so it cannot take new connections.`;
  const used = gateway.used_connection_number ?? inUse;
  if (used !== undefined && gateway.connection_number !== undefined && used >= gateway.connection_number) {
    return `${gateway.name} already carries ${used} of its ${gateway.connection_number} connections. Delete one, change to a larger flavor, or use another gateway.`;
  }
  return quotaBlockReason('vpn_connection', quota);
}

/** Edit, change specification, delete, and add a connection; each says why when it cannot be used. */
export function GatewayActions({ gateway, connectionsInUse, connectionQuota, onOpen }: GatewayActionsProps) {
  const busy = gatewayBusyReason(gateway);
  return (
    <Group gap="sm">
      <GuardedButton variant="default" leftSection={<IconEdit size={16} aria-hidden />} disabledReason={busy} onClick={() => onOpen('edit')}>
        Edit
      </GuardedButton>
      <GuardedButton variant="default" leftSection={<IconResize size={16} aria-hidden />} disabledReason={busy} onClick={() => onOpen('spec')}>
        Change specification
      </GuardedButton>
      <GuardedButton variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />}
        disabledReason={busy} onClick={() => onOpen('delete')}>
        Delete
      </GuardedButton>
      <GuardedButton variant="light" leftSection={<IconPlus size={16} aria-hidden />}
        disabledReason={newConnectionBlockReason(gateway, connectionsInUse, connectionQuota)}
        renderRoot={(props) => <Link to={paths.vpnConnectionCreate.path} search={{ vgw: gateway.id }} {...props} />}>
        Add VPN connection
      </GuardedButton>
    </Group>
  );
}
