import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { describeApiError } from '@/lib/api-error-message';
import { isRetryable } from '@/features/vpn-connections/components/connection-wizard/server-errors';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

/** Props of the above-the-form error. */
export interface SubmitErrorAlertProps {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** A rejection that names no field, or a failure: code, message and request id; retry when it may help. */
export function SubmitErrorAlert({ error, onRetry, retrying }: SubmitErrorAlertProps) {
  const d = describeApiError(error);
  const retryable = isRetryable(error);
  return (
    <Alert styles={readableAlertStyles} color="red" title={`The connection was not created: ${d.title}`} role="alert">
      <Stack gap={4}>
        <Text size="sm">{d.message}</Text>
        {d.hint ? <Text size="sm">{d.hint}</Text> : null}
        <Text size="sm" c="dimmed">
          {[d.code ? `Error code ${d.code}` : null, d.requestId ? `request ID ${d.requestId}` : null].filter(Boolean).join(' · ')}
        </Text>
        {retryable ? (
          <Group mt="xs">
            <Text size="sm">Every value you entered is kept.</Text>
            <Button size="compact-sm" variant="white" color="red" onClick={onRetry} loading={retrying}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
