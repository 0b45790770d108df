import { ActionIcon, Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useNow } from '@/hooks/use-now';

/** "12 s ago", "3 min ago", "2 h ago". */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s ago`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min ago`;
  return `${Math.floor(min / 60)} h ago`;
}

/** Props of the freshness indicator. */
export interface DataFreshnessProps {
  /** When the shown data arrived (ms since epoch); 0 = nothing loaded yet. */
  updatedAt: number;
  /** A request is in flight. */
  isFetching: boolean;
  /** The last refresh failed (the shown data is older than it should be). */
  lastRefreshFailed?: boolean;
  /** What is refreshed, for the button's accessible name, e.g. "VPN connections". */
  subject: string;
  onRefresh: () => void;
}

/** A ticking "Updated N s ago" and a labelled refresh button. */
export function DataFreshness({ updatedAt, isFetching, lastRefreshFailed, subject, onRefresh }: DataFreshnessProps) {
  const now = useNow();
  return (
    <Group gap="xs" wrap="nowrap">
      {lastRefreshFailed ? <IconAlertTriangle size={16} color="var(--mantine-color-orange-8)" aria-hidden /> : null}
      <Text size="sm" c="dimmed" data-testid="data-freshness">
        {updatedAt > 0 ? `Updated ${formatAge(now - updatedAt)}` : 'Not loaded yet'}
        {lastRefreshFailed ? ' · last refresh failed' : ''}
      </Text>
      <Tooltip label={`Refresh ${subject}`} events={{ hover: true, focus: true, touch: false }}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={`Refresh ${subject}`}
          aria-busy={isFetching}
          onClick={onRefresh}
        >
          {isFetching ? <Loader size={16} aria-hidden /> : <IconRefresh size={18} aria-hidden />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
