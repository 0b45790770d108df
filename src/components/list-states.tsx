import { Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/** Skeleton rows with a polite "Loading …" for screen readers. */
export function LoadingRows({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <VisuallyHidden>{label}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={40} radius="sm" />
      ))}
    </Stack>
  );
}

/** Props of the empty-list panel. */
export interface EmptyPanelProps {
  /** e.g. "No VPN gateways yet". */
  title: string;
  /** What the object is for and what to do first. */
  children: ReactNode;
  /** A create button or link. */
  action?: ReactNode;
}

/** What an empty list shows: a heading, one explanation and the way to create the first item. */
export function EmptyPanel({ title, children, action }: EmptyPanelProps) {
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm">{children}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
