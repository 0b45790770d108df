import { Anchor, Badge, Code, CopyButton, Group, List, SimpleGrid, Stack, Table, Text, Tooltip, ActionIcon } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { VpnConnection } from '@contract/vpn-connection';
import { Link } from '@tanstack/react-router';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import { DetailField, DetailSection } from '@/features/vpn-connections/components/connection-detail/detail-fields';
import { SecurityConfig } from '@/features/vpn-connections/components/connection-detail/security-config';
import { customerSubnets, formatTimestamp, styleLabel } from '@/features/vpn-connections/components/connection-format';
import { resolveGatewayIp, type ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';

/** Props of the configuration groups. */
export interface ConnectionConfigProps {
  connection: VpnConnection;
  lookups: ConnectionLookups;
}

function CopyId({ id }: { id: string }) {
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Text span inherit ff="monospace">
        {id}
      </Text>
      <CopyButton value={id}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy ID'} events={{ hover: true, focus: true, touch: false }}>
            <ActionIcon variant="subtle" size="sm" onClick={copy} aria-label={copied ? 'ID copied' : 'Copy connection ID'}>
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

const yesNo = (v: boolean | undefined) => (v === undefined ? '—' : v ? 'Enabled' : 'Disabled');
const roleLabel = (role: string | undefined, standby: boolean) =>
  role === 'slave' ? (standby ? 'Standby (slave): carries traffic only when the active tunnel fails' : 'slave') : role === 'master' ? (standby ? 'Active (master)' : 'master') : '—';

function Gateways({ connection: c, lookups }: ConnectionConfigProps) {
  const gw = lookups.vpnGateways?.get(c.vgw_id);
  const cgw = lookups.customerGateways?.get(c.cgw_id);
  const standby = gw?.haMode === 'active-standby';
  const ip = resolveGatewayIp(c.vgw_ip, gw);
  return (
    <DetailSection title="Gateways" description="The two ends of the tunnel. The VPN gateway, its IP and the HA role are fixed once created.">
      <DetailField label="VPN gateway" hint={gw?.haMode ? `${gw.haMode === 'active-standby' ? 'Active/standby' : 'Active-active'} gateway` : undefined}>
        <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnGateway.path} params={{ id: c.vgw_id }} {...props} />}>
          {gw?.name ?? c.vgw_id}
        </Anchor>
      </DetailField>
      <DetailField label="VPN gateway IP" hint={ip && ip !== c.vgw_ip ? `EIP ${c.vgw_ip}` : undefined}>
        <Text span inherit ff="monospace">
          {ip ?? c.vgw_ip}
        </Text>
      </DetailField>
      <DetailField label="HA role">{roleLabel(c.ha_role, standby)}</DetailField>
      <DetailField label="Customer gateway">
        <Anchor size="sm" renderRoot={(props) => <Link to={paths.customerGateway.path} params={{ id: c.cgw_id }} {...props} />}>
          {cgw?.name ?? c.cgw_id}
        </Anchor>
      </DetailField>
      <DetailField label="Customer gateway IP">
        <Text span inherit ff="monospace">
          {cgw?.ip ?? '—'}
        </Text>
      </DetailField>
      {c.style === 'BGP' ? (
        <DetailField label="BGP ASN (cloud / customer)">
          {gw?.bgpAsn ?? '—'} / {cgw?.bgpAsn ?? '—'}
        </DetailField>
      ) : null}
    </DetailSection>
  );
}

function Networking({ connection: c }: { connection: VpnConnection }) {
  const subnets = customerSubnets(c);
  return (
    <DetailSection title="Networking" description="What the tunnel carries and how it is addressed.">
      <DetailField label="Customer subnets">
        {subnets.length ? (
          <List size="sm" listStyleType="none" spacing={0}>
            {subnets.map((s) => (
              <List.Item key={s}>
                <Code>{s}</Code>
              </List.Item>
            ))}
          </List>
        ) : (
          'None (ER-attached gateway: routes come from the enterprise router)'
        )}
      </DetailField>
      {c.style !== 'POLICY' ? (
        <DetailField label="Tunnel interface addresses" hint="Local (cloud) / customer; the customer device uses the second one.">
          <Text span inherit ff="monospace">
            {c.tunnel_local_address ?? '—'} / {c.tunnel_peer_address ?? '—'}
          </Text>
        </DetailField>
      ) : null}
      {c.style === 'STATIC' ? <DetailField label="NQA link detection">{yesNo(c.enable_nqa)}</DetailField> : null}
      {c.style === 'BGP' ? <DetailField label="Branch interconnection">{yesNo(c.enable_hub)}</DetailField> : null}
      {c.style === 'POLICY' ? (
        <DetailField label="Policy rules">
          <Table withTableBorder verticalSpacing={2} fz="sm" aria-label="Policy rules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Source (cloud)</Table.Th>
                <Table.Th scope="col">Destinations (customer)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(c.policy_rules ?? []).map((r) => (
                <Table.Tr key={r.source}>
                  <Table.Td ff="monospace">{r.source}</Table.Td>
                  <Table.Td ff="monospace">{r.destination.join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </DetailField>
      ) : null}
    </DetailSection>
  );
}

/** Every field of the connection, grouped: overview, gateways, networking, IKE, IPsec, DPD, tags. */
export function ConnectionConfig({ connection: c, lookups }: ConnectionConfigProps) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <DetailSection title="Overview">
          <DetailField label="Name">{c.name}</DetailField>
          <DetailField label="ID"><CopyId id={c.id} /></DetailField>
          <DetailField label="Status"><StatusBadge status={c.status ?? 'UNKNOWN'} /></DetailField>
          <DetailField label="Style">{styleLabel(c.style)}</DetailField>
          <DetailField label="Created">{formatTimestamp(c.created_at)}</DetailField>
          <DetailField label="Last modified">{formatTimestamp(c.updated_at)}</DetailField>
          <DetailField label="Enterprise project">{c.enterprise_project_id === '0' ? 'default (0)' : (c.enterprise_project_id ?? '—')}</DetailField>
          <DetailField label="Connection monitor">{c.connection_monitor_id ?? 'None'}</DetailField>
        </DetailSection>
        <Gateways connection={c} lookups={lookups} />
        <Networking connection={c} />
        <DetailSection title="Tags">
          <DetailField label="Tags">
            {c.tags?.length ? (
              <Group gap={4}>
                {c.tags.map((t) => (
                  <Badge key={t.key} variant="outline" tt="none" c="var(--mantine-color-text)">
                    {t.key}={t.value}
                  </Badge>
                ))}
              </Group>
            ) : (
              'No tags'
            )}
          </DetailField>
        </DetailSection>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        <SecurityConfig connection={c} />
      </SimpleGrid>
    </Stack>
  );
}
