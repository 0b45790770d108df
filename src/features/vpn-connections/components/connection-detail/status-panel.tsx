import { Button, Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import type { VpnConnection } from '@contract/vpn-connection';
import dayjs from 'dayjs';
import { presentStatus } from '@/components/status-presentation';
import { StatusBadge } from '@/components/status-badge';
import { formatAge } from '@/components/data-freshness';
import { statusGuidance, type GuidanceContext } from '@/features/vpn-connections/components/connection-detail/status-guidance';
import type { StatusEntry } from '@/features/vpn-connections/components/connection-detail/use-status-history';
import { useNow } from '@/hooks/use-now';

/** Props of the status panel. */
export interface StatusPanelProps {
  connection: VpnConnection;
  /** Statuses seen since the page opened, oldest first. */
  history: readonly StatusEntry[];
  guidance: GuidanceContext;
  onShowLogs: () => void;
}

const time = (ms: number) => dayjs(ms).format('HH:mm:ss');

/** The status in words: what it means, what to do next, when it last changed, and what this page saw. */
export function StatusPanel({ connection: c, history, guidance, onShowLogs }: StatusPanelProps) {
  const now = useNow();
  const status = c.status ?? 'UNKNOWN';
  const { explanation } = presentStatus(status);
  const help = statusGuidance(c, guidance);
  const changed = history.length > 1 ? history.at(-1) : undefined;
  const opened = history[0];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="status-heading">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap="xs" style={{ flex: '1 1 420px' }}>
          <Group gap="sm">
            <Title order={2} size="h5" id="status-heading">
              Status
            </Title>
            <StatusBadge status={status} />
          </Group>
          <Text size="sm">{explanation}</Text>
          <Text size="sm" data-testid="status-next-step">
            <strong>Next:</strong> {help.next}
          </Text>
          {help.checklist ? (
            <Table withTableBorder verticalSpacing={2} fz="xs" aria-label="Values to check on the customer device">
              <Table.Tbody>
                {help.checklist.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th scope="row" w={240}>
                      {label}
                    </Table.Th>
                    <Table.Td ff="monospace">{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          {help.showLogs ? (
            <Group>
              <Button size="xs" variant="light" leftSection={<IconFileText size={14} aria-hidden />} onClick={onShowLogs}>
                Open the connection logs
              </Button>
            </Group>
          ) : null}
        </Stack>
        <Stack gap="xs" style={{ flex: '0 1 300px' }}>
          <Text size="sm" data-testid="last-status-change">
            {changed
              ? `Last status change: ${time(changed.at)} (${formatAge(now - changed.at)}), seen by this page`
              : opened
                ? `No status change since this page opened at ${time(opened.at)}. The API does not report when a status began.`
                : ''}
          </Text>
          <Title order={3} size="h6">
            Status history (while this page is open)
          </Title>
          <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} aria-label="Status history">
            {history.map((entry, i) => (
              <Timeline.Item key={`${entry.at}-${i}`} title={presentStatus(entry.status).label}>
                <Text size="xs" c="dimmed">
                  {i === 0 ? `when the page opened, ${time(entry.at)}` : `at ${time(entry.at)}`}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Group>
    </Paper>
  );
}
