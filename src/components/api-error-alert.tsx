import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { describeApiError } from '@/lib/api-error-message';

/** Props of the error panel. */
export interface ApiErrorAlertProps {
  error: unknown;
  /** What failed to load, e.g. "VPN connections"; used in the retry button's name. */
  subject: string;
  /** Shows a Retry button when given. */
  onRetry?: () => void;
  /** The retry is running. */
  retrying?: boolean;
}

/** An API failure in words: what happened, the API's message, what to do, and the code and request id. */
export function ApiErrorAlert({ error, subject, onRetry, retrying }: ApiErrorAlertProps) {
  const d = describeApiError(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={d.title} maw={760}>
      <Stack gap="xs">
        <Text size="sm">{d.message}</Text>
        {d.hint ? <Text size="sm">{d.hint}</Text> : null}
        {d.code || d.requestId ? (
          <Text size="xs" c="dimmed">
            {d.code ? (
              <>
                Error code <Code>{d.code}</Code>
              </>
            ) : null}
            {d.code && d.requestId ? ' · ' : null}
            {d.requestId ? (
              <>
                Request ID <Code>{d.requestId}</Code>
              </>
            ) : null}
          </Text>
        ) : null}
        {onRetry ? (
          <Group>
            <Button
              variant="filled"
              color="red"
              size="xs"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={retrying}
              onClick={onRetry}
              aria-label={`Retry loading ${subject}`}
            >
              Retry
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
