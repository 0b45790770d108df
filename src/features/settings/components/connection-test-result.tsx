import { Alert, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import type { ConnectionTestResult } from '@/features/settings/api/test-connection';

/** Props of the test outcome. */
export interface ConnectionTestOutcomeProps {
  result?: ConnectionTestResult;
  error: unknown;
  /** The API base and project that were tested, for the success message. */
  tested?: { apiBase: string; projectId: string };
}

/** What "Test connection" found: success with the connection count, or the ApiError in words. */
export function ConnectionTestOutcome({ result, error, tested }: ConnectionTestOutcomeProps) {
  if (error) return <ApiErrorAlert error={error} subject="the connection test" />;
  if (!result || !tested) return null;
  const where = tested.apiBase === '' ? 'this site' : tested.apiBase;
  const count =
    result.totalCount === undefined
      ? 'The VPN connection list answered.'
      : `The project has ${result.totalCount} VPN connection${result.totalCount === 1 ? '' : 's'}.`;
  return (
    <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="Connection works">
      <Text size="sm">
        Reached {where} with project {tested.projectId}. {count}
        {result.requestId ? ` Request ID ${result.requestId}.` : ''}
      </Text>
    </Alert>
  );
}
