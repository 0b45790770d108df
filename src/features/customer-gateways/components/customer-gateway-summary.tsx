import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CustomerGateway } from '@contract/customer-gateway';
import type { ReactNode } from 'react';
import { formatTime } from '@/lib/format-time';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}


/** Key facts of one customer gateway. */
export function CustomerGatewaySummary({ customerGateway: c }: { customerGateway: CustomerGateway }) {
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md" m={0}>
        <Field label="ID">
          <Text span ff="monospace" inherit>{c.id}</Text>
        </Field>
        <Field label="Identifier">{c.id_type === 'fqdn' ? 'FQDN' : 'IP address'}</Field>
        <Field label="IP address">
          <Text span ff="monospace" inherit>{c.id_value}</Text>
        </Field>
        <Field label="BGP ASN">{c.bgp_asn ?? 'none (static and policy connections only)'}</Field>
        <Field label="Created">{formatTime(c.created_at)}</Field>
        <Field label="Updated">{formatTime(c.updated_at)}</Field>
        <Field label="Tags">
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
        </Field>
      </SimpleGrid>
    </Paper>
  );
}
