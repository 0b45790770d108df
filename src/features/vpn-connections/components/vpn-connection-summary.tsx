import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import type { ReactNode } from 'react';
import {
  resolveGatewayIp,
  type ConnectionLookups,
} from '@/features/vpn-connections/components/connection-lookups';
import { customerSubnets, formatTimestamp, styleLabel } from '@/features/vpn-connections/components/connection-format';

/** Props of the connection summary. */
export interface VpnConnectionSummaryProps {
  connection: VpnConnection;
  lookups: ConnectionLookups;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Stack>
  );
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
        <Field label="ID">
          <Text span ff="monospace" inherit>
            {c.id}
          </Text>
        </Field>
        <Field label="Style">{styleLabel(c.style)}</Field>
        <Field label="VPN gateway">
          {withAddress(gateway?.name ?? c.vgw_id, resolveGatewayIp(c.vgw_ip, gateway))}
        </Field>
        <Field label="Customer gateway">{withAddress(customer?.name ?? c.cgw_id, customer?.ip)}</Field>
        <Field label="Customer subnets">{subnets.length > 0 ? subnets.join(', ') : '—'}</Field>
        {c.tunnel_local_address ? (
          <Field label="Tunnel addresses (local / customer)">
            {c.tunnel_local_address} / {c.tunnel_peer_address ?? '—'}
          </Field>
        ) : null}
        <Field label="IKE version">{c.ikepolicy?.ike_version ?? '—'}</Field>
        <Field label="Created">{formatTimestamp(c.created_at)}</Field>
        <Field label="Updated">{formatTimestamp(c.updated_at)}</Field>
      </SimpleGrid>
    </Paper>
  );
}
