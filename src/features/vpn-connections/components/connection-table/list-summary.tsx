import { Text } from '@mantine/core';
import { formatCount } from '@/features/vpn-connections/components/connection-table/format-count';

const fmt = formatCount;

/** Props of the result count line. */
export interface ListSummaryProps {
  /** Index of the page's first row among the matching ones. */
  first: number;
  shown: number;
  matching: number;
  total: number;
  /** Still loading pages: received so far / API total. */
  loading?: { received: number; expected: number };
}

/** "Showing 1–100 of 2,345 matching (10,000 in total)", read out politely when it changes. */
export function ListSummary({ first, shown, matching, total, loading }: ListSummaryProps) {
  let text =
    matching === 0
      ? `No connection matches${total ? ` (${fmt(total)} in total)` : ''}.`
      : `Showing ${fmt(first + 1)}–${fmt(first + shown)} of ${fmt(matching)} matching${matching !== total ? ` (${fmt(total)} in total)` : ''}`;
  if (loading) text += ` · loading: ${fmt(loading.received)} of ${fmt(loading.expected)} received…`;
  return (
    <Text size="sm" c="dimmed" mb="xs" role="status" aria-live="polite" data-testid="list-summary">
      {text}
    </Text>
  );
}
