import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { VpnGateway } from '@contract/vpn-gateway';
import type { ReactNode } from 'react';
import { formatTime } from '@/lib/format-time';
import { DetailField } from '@/components/detail-field';
import { GatewayAddressesTable } from '@/features/vpn-gateways/components/gateway-addresses-table';
import {
  attachmentLabel,
  connectionCapacity,
  flavorLabel,
  haModeLabel,
  networkLabel,
} from '@/features/vpn-gateways/components/gateway-format';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}


/** Everything about one gateway: summary, addresses, networking and tags. */
export function VpnGatewayOverview({ gateway: g }: { gateway: VpnGateway }) {
  const vpc = g.attachment_type !== 'er';
  return (
    <Stack gap="md">
      <Section title="Summary">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md" m={0}>
          <DetailField label="ID">
            <Text span ff="monospace" inherit>{g.id}</Text>
          </DetailField>
          <DetailField label="Network type">{networkLabel(g)}</DetailField>
          <DetailField label="Attachment">{attachmentLabel(g.attachment_type)}</DetailField>
          <DetailField label="HA mode">{haModeLabel(g.ha_mode)}</DetailField>
          <DetailField label="Flavor">{flavorLabel(g.flavor)}</DetailField>
          <DetailField label="BGP ASN">{g.bgp_asn ?? '—'}</DetailField>
          <DetailField label="Connections">{connectionCapacity(g.used_connection_number, g.connection_number)}</DetailField>
          <DetailField label="Connection groups in use">{g.used_connection_group ?? '—'}</DetailField>
          <DetailField label="Availability zones">{g.availability_zone_ids?.join(', ') || '—'}</DetailField>
          <DetailField label="Created">{formatTime(g.created_at)}</DetailField>
          <DetailField label="Updated">{formatTime(g.updated_at)}</DetailField>
          <DetailField label="Enterprise project">{g.enterprise_project_id === '0' ? 'default' : (g.enterprise_project_id ?? '—')}</DetailField>
        </SimpleGrid>
      </Section>
      <Section title="Addresses">
        <GatewayAddressesTable gateway={g} />
      </Section>
      <Section title="Networking">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" m={0}>
          {vpc ? <DetailField label="VPC ID">{g.vpc_id ?? '—'}</DetailField> : <DetailField label="Enterprise router ID">{g.er_id ?? '—'}</DetailField>}
          {vpc ? <DetailField label="Connect subnet">{g.connect_subnet ?? '—'}</DetailField> : null}
          <DetailField label="Access VPC ID">{g.access_vpc_id ?? '—'}</DetailField>
          <DetailField label="Access subnet ID">{g.access_subnet_id ?? '—'}</DetailField>
          {vpc ? (
            <DetailField label={`Local subnets (${g.local_subnets?.length ?? 0} of 50)`}>
              <Text span ff="monospace" inherit>{g.local_subnets?.join(', ') || '—'}</Text>
            </DetailField>
          ) : (
            <DetailField label="Local subnets">The enterprise router decides which cloud networks the tunnels reach.</DetailField>
          )}
        </SimpleGrid>
      </Section>
      <Section title="Tags">
        {g.tags?.length ? (
          <Group gap="xs">
            {g.tags.map((t) => (
              <Badge key={t.key} variant="light" tt="none" c="var(--mantine-color-text)">
                {t.value ? `${t.key} = ${t.value}` : t.key}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">No tags.</Text>
        )}
      </Section>
    </Stack>
  );
}
