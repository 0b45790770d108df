import { Badge, DataList, Group, Paper, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { WEAK_CHOICES } from '@contract/crypto-policy';
import type { ReactNode } from 'react';

/** Props of a titled group of fields. */
export interface DetailSectionProps {
  title: string;
  /** One line under the title, e.g. what the group is for. */
  description?: ReactNode;
  children: ReactNode;
}

/** A titled card with a description list (dt/dd) of fields. */
export function DetailSection({ title, description, children }: DetailSectionProps) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb={description ? 2 : 'sm'}>
        {title}
      </Title>
      {description ? (
        <Text size="xs" c="dimmed" mb="sm">
          {description}
        </Text>
      ) : null}
      <DataList labelWidth={190} gap="xs" size="sm">
        {children}
      </DataList>
    </Paper>
  );
}

/** One field: label and value; `hint` appears dimmed under the value. */
export function DetailField({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {children ?? '—'}
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/** An algorithm value with the docs' low-security warning beside it when it is one of the weak choices. */
export function CryptoValue({ value }: { value: string | undefined }) {
  if (!value) return <>—</>;
  const weak = WEAK_CHOICES[value];
  return (
    <Group gap={6} component="span" wrap="nowrap">
      <Text span inherit ff="monospace">
        {value}
      </Text>
      {weak ? (
        <Tooltip label={weak} events={{ hover: true, focus: true, touch: true }}>
          <Badge size="xs" color="orange" variant="light" c="var(--mantine-color-text)" tabIndex={0} tt="none">
            low security
          </Badge>
        </Tooltip>
      ) : null}
      {weak ? <VisuallyHidden>{weak}</VisuallyHidden> : null}
    </Group>
  );
}

/** "86400 s (24 h)". */
export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds} s (${seconds / 3600} h)`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds} s (${seconds / 60} min)`;
  return `${seconds} s`;
}
