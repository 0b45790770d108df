import { Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';

/** Props of the data / error / loading switch. */
export interface LoadStateProps<T> {
  data: readonly T[] | undefined;
  error: unknown;
  isFetching: boolean;
  onRetry: () => void;
  /** What is loaded, e.g. "IKE policies". */
  subject: string;
  /** Shown instead of the table when the list is empty. */
  empty: { title: string; text: ReactNode; action?: ReactNode };
  children: (data: readonly T[]) => ReactNode;
}

/** Data first, then error, then loading: a failed background refresh keeps the last table on screen. */
export function LoadState<T>({ data, error, isFetching, onRetry, subject, empty, children }: LoadStateProps<T>) {
  if (data && data.length > 0) return <>{children(data)}</>;
  if (data) {
    return (
      <Paper withBorder p="xl" radius="md" maw={640}>
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h4">
            {empty.title}
          </Title>
          <Text size="sm">{empty.text}</Text>
          {empty.action}
        </Stack>
      </Paper>
    );
  }
  if (error) return <ApiErrorAlert error={error} subject={subject} onRetry={onRetry} retrying={isFetching} />;
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <VisuallyHidden>Loading {subject}…</VisuallyHidden>
      {Array.from({ length: 3 }, (_, i) => (
        <Skeleton key={i} height={40} radius="sm" />
      ))}
    </Stack>
  );
}
