import { Alert, Button, Code, Group, Mark, Paper, ScrollArea, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import {
  LOG_RANGES,
  LOG_RANGE_LABELS,
  filterLogs,
  findKnownErrors,
  type LogEntry,
  type LogRange,
} from '@/features/vpn-connections/components/connection-logs/log-filter';
import { knownErrorOf } from '@/features/vpn-connections/components/connection-logs/log-keywords';
import { useNow } from '@/hooks/use-now';
import { useUrlSyncedText } from '@/hooks/use-url-synced-text';
import { isApiError } from '@/lib/api-error';

/** Props of the connection log tab. */
export interface ConnectionLogsProps {
  logs: readonly LogEntry[] | undefined;
  error: unknown;
  isFetching: boolean;
  updatedAt: number;
  onRefresh: () => void;
  range: LogRange;
  keyword: string;
  onRangeChange: (range: LogRange) => void;
  onKeywordChange: (keyword: string | undefined) => void;
}

function Unsupported() {
  return (
    <Alert color="gray" variant="light" title="This VPN gateway cannot show connection logs">
      Only newer VPN gateways return negotiation logs (their supported features list <Code>query_connection_log</Code>); the API
      answered VPN.0304 for this one. Check the customer device’s own IKE log instead.
    </Alert>
  );
}

function KnownErrors({ lines, onFilter }: { lines: readonly LogEntry[]; onFilter: (keyword: string) => void }) {
  const found = findKnownErrors(lines);
  if (found.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="known-log-errors">
      {found.map(({ error, count, last }) => (
        <Alert key={error.id} color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={`${error.title} · ${count} ${count === 1 ? 'line' : 'lines'}, last ${dayjs.unix(last).format('YYYY-MM-DD HH:mm:ss')}`}>
          <Stack gap={4}>
            <Text size="sm">{error.meaning}</Text>
            <Text size="sm">
              <strong>What to do:</strong> {error.action}
            </Text>
            <Group>
              <Button size="compact-xs" variant="light" color="orange" onClick={() => onFilter(error.keyword)}>
                Show only “{error.keyword}” lines
              </Button>
            </Group>
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}

function Line({ entry }: { entry: LogEntry }) {
  const known = knownErrorOf(entry.raw_message);
  return (
    <Table.Tr data-known-error={known?.id}>
      <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        <Text size="xs" component="time" dateTime={new Date(entry.time * 1000).toISOString()} ff="monospace">
          {dayjs.unix(entry.time).format('YYYY-MM-DD HH:mm:ss')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {known ? <Mark color="orange">{entry.raw_message}</Mark> : entry.raw_message}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The gateway's IKE/IPsec negotiation lines with a time range, a keyword filter and known errors explained. */
export function ConnectionLogs(p: ConnectionLogsProps) {
  const now = useNow(30_000);
  const [keyword, setKeyword] = useUrlSyncedText(p.keyword || undefined, p.onKeywordChange);
  if (!p.logs) {
    if (isApiError(p.error) && p.error.code === 'VPN.0304') return <Unsupported />;
    if (p.error) return <ApiErrorAlert error={p.error} subject="the connection log" onRetry={p.onRefresh} retrying={p.isFetching} />;
    return (
      <Text size="sm" c="dimmed" role="status">
        Loading the connection log…
      </Text>
    );
  }
  const lines = filterLogs(p.logs, p.range, keyword, now);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="log-range-label">
              Time range
            </Text>
            <SegmentedControl
              aria-labelledby="log-range-label"
              data={LOG_RANGES.map((r) => ({ value: r, label: LOG_RANGE_LABELS[r] }))}
              value={p.range}
              onChange={(v) => p.onRangeChange(v as LogRange)}
              size="xs"
            />
          </Stack>
          <TextInput
            label="Keyword"
            placeholder="e.g. NO_PROPOSAL_CHOSEN"
            leftSection={<IconSearch size={14} aria-hidden />}
            value={keyword}
            onChange={(e) => setKeyword(e.currentTarget.value)}
            w={260}
            type="search"
          />
        </Group>
        <DataFreshness subject="the connection log" updatedAt={p.updatedAt} isFetching={p.isFetching} onRefresh={p.onRefresh} />
      </Group>
      <KnownErrors lines={lines} onFilter={setKeyword} />
      <Paper withBorder radius="sm">
        <Title order={3} size="h6" px="sm" pt="xs">
          Negotiation log
        </Title>
        <Text size="xs" c="dimmed" px="sm" role="status" data-testid="log-count">
          {lines.length} of {p.logs.length} lines (the gateway keeps the last 200), newest first
        </Text>
        <ScrollArea.Autosize mah={520}>
          <Table verticalSpacing={2} aria-label="Connection log lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={170}>
                  Time
                </Table.Th>
                <Table.Th scope="col">Message</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((entry, i) => (
                <Line key={`${entry.time}-${i}`} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {lines.length === 0 ? (
          <Text size="sm" p="sm">
            {p.logs.length === 0 ? 'No negotiation has happened yet (a new connection logs once it is set up).' : 'No line matches the time range and keyword.'}
          </Text>
        ) : null}
      </Paper>
    </Stack>
  );
}
