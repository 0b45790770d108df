import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { CustomerGateway } from '@contract/customer-gateway';
import { formatTime } from '@/lib/format-time';
import { DetailField } from '@/components/detail-field';



/** Key facts of one customer gateway. */
export function CustomerGatewaySummary({ customerGateway: c }: { customerGateway: CustomerGateway }) {
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md" m={0}>
        <DetailField label="ID">
          <Text span ff="monospace" inherit>{c.id}</Text>
        </DetailField>
        <DetailField label="Identifier">{c.id_type === 'fqdn' ? 'FQDN' : 'IP address'}</DetailField>
        <DetailField label="IP address">
          <Text span ff="monospace" inherit>{c.id_value}</Text>
        </DetailField>
        <DetailField label="BGP ASN">{c.bgp_asn ?? 'none (static and policy connections only)'}</DetailField>
        <DetailField label="Created">{formatTime(c.created_at)}</DetailField>
        <DetailField label="Updated">{formatTime(c.updated_at)}</DetailField>
        <DetailField label="Tags">
          {c.tags?.length ? (
            <Group gap="xs" component="span">
              {c.tags.map((t) => (
                <Badge key={t.key} variant="light" tt="none" c="var(--mantine-color-text)">
                  {t.value ? `${t.key} = ${t.value}` : t.key}
                </Badge>
              ))}
            </Group>
          ) : (
            'none'
          )}
        </DetailField>
      </SimpleGrid>
    </Paper>
  );
}
