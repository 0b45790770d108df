import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { PageHeader } from '@/components/page-header';

/** Shown when a page fails to load or render (e.g. a new deployment removed an old code chunk). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <>
      <PageHeader title="This page could not be shown" />
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Unexpected error" maw={640}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
          <Text size="sm">Try again; if the console was just updated, reloading the page fetches the new version.</Text>
          <Button size="xs" onClick={reset}>
            Try again
          </Button>
        </Stack>
      </Alert>
    </>
  );
}
