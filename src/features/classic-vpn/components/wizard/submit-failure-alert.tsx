import { Alert, Stack, Text } from '@mantine/core';
import { describeApiError } from '@/lib/api-error-message';
import type { SubmitFailure } from '@/features/classic-vpn/components/wizard/use-submit-classic';

/** Which create failed, what the API said, and what was already created (kept, and selected for the retry). */
export function SubmitFailureAlert({ failure }: { failure: SubmitFailure }) {
  const d = describeApiError(failure.error);
  return (
    <Alert color="red" role="alert" title={`Creating ${failure.what} failed: ${d.title}`}>
      <Stack gap={4}>
        <Text size="sm">{d.message}</Text>
        {d.hint ? <Text size="sm">{d.hint}</Text> : null}
        {failure.created.length > 0 ? (
          <Text size="sm">
            Already created and now selected, so “Create connection” will not create them again: {failure.created.join(', ')}.
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {[d.code ? `Error code ${d.code}` : null, d.requestId ? `request ID ${d.requestId}` : null].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
    </Alert>
  );
}
