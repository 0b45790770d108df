import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import {
  resolveGatewayIp,
  type ConnectionLookups,
} from '@/features/vpn-connections/components/connection-lookups';
import { customerSubnets, formatTimestamp, styleLabel } from '@/features/vpn-connections/components/connection-format';
import { DetailField } from '@/components/detail-field';

/** Props of the connection summary. */
export interface VpnConnectionSummaryProps {
  connection: VpnConnection;
  lookups: ConnectionLookups;
}

function withAddress(name: string, address: string | undefined) {
  return address ? `${name} (${address})` : name;
}

/** Key facts of one connection, as a description list. */
export function VpnConnectionSummary({ connection: c, lookups }: VpnConnectionSummaryProps) {
  const gateway = lookups.vpnGateways?.get(c.vgw_id);
  const customer = lookups.customerGateways?.get(c.cgw_id);
  const subnets = customerSubnets(c);
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md" m={0}>
        <DetailField label="ID">
          <Text span ff="monospace" inherit>
            {c.id}
          </Text>
        </DetailField>
        <DetailField label="Style">{styleLabel(c.style)}</DetailField>
        <DetailField label="VPN gateway">
          {withAddress(gateway?.name ?? c.vgw_id, resolveGatewayIp(c.vgw_ip, gateway))}
        </DetailField>
        <DetailField label="Customer gateway">{withAddress(customer?.name ?? c.cgw_id, customer?.ip)}</DetailField>
        <DetailField label="Customer subnets">{subnets.length > 0 ? subnets.join(', ') : '—'}</DetailField>
        {c.tunnel_local_address ? (
          <DetailField label="Tunnel addresses (local / customer)">
            {c.tunnel_local_address} / {c.tunnel_peer_address ?? '—'}
          </DetailField>
        ) : null}
        <DetailField label="IKE version">{c.ikepolicy?.ike_version ?? '—'}</DetailField>
        <DetailField label="Created">{formatTimestamp(c.created_at)}</DetailField>
        <DetailField label="Updated">{formatTimestamp(c.updated_at)}</DetailField>
      </SimpleGrid>
    </Paper>
  );
}
