import { Group, List, Loader, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { CascadeItem, ItemResult, ItemState } from '@/features/cascade-delete/api/run-cascade';

const WORDS: Record<ItemState, string> = {
  queued: 'Waiting for its turn',
  deleting: 'Deleting…',
  removing: 'Deletion accepted; waiting until it is gone…',
  deleted: 'Deleted',
  failed: 'Failed',
  skipped: 'Not deleted',
};

function StateIcon({ state }: { state: ItemState }) {
  if (state === 'deleted') return <ThemeIcon color="green" size="sm" radius="xl"><IconCheck size={14} aria-hidden /></ThemeIcon>;
  if (state === 'failed') return <ThemeIcon color="red" size="sm" radius="xl"><IconX size={14} aria-hidden /></ThemeIcon>;
  if (state === 'deleting' || state === 'removing') return <Loader size={18} aria-hidden />;
  return <ThemeIcon color="gray" variant="light" size="sm" radius="xl"><IconMinus size={14} aria-hidden /></ThemeIcon>;
}

/** Props of the per-item result list. */
export interface CascadeProgressProps {
  items: readonly CascadeItem[];
  results: Readonly<Record<string, ItemResult>>;
}

/** One line per item, in cascade order: what happened to it and, for failures, why. */
export function CascadeProgress({ items, results }: CascadeProgressProps) {
  return (
    <List listStyleType="none" spacing="xs" aria-label="Deletion results" data-testid="cascade-results">
      {items.map((item) => {
        const result = results[item.id] ?? { state: 'queued' };
        return (
          <List.Item key={item.id} data-state={result.state}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <StateIcon state={result.state} />
              <div>
                <Text size="sm" fw={500}>
                  {item.label}: {WORDS[result.state]}
                </Text>
                {result.detail ? (
                  <Text size="xs" c={result.state === 'failed' ? 'red.8' : 'dimmed'}>
                    {result.detail}
                  </Text>
                ) : null}
              </div>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
