import { Alert, Code, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '@/lib/api-error';

/** Props of the sign-in failure message. */
export interface SignInErrorProps {
  error: unknown;
}

function hintFor(error: unknown): string {
  if (!isApiError(error)) return '';
  if (error.status === 401) return 'Check the user name, password, account (domain) and project; the project name is e.g. eu-de or eu-de_myproject.';
  if (error.status === 404) return 'IAM does not know this token (expired or revoked): sign in with user name and password instead.';
  if (error.kind === 'network' || error.status >= 500) return 'The server could not reach IAM; try again, or ask the admin of this console to check its OTC endpoints.';
  return '';
}

/** Why sign-in failed, in words, with IAM's own message. */
export function SignInError({ error }: SignInErrorProps) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const hint = hintFor(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title="Sign-in failed" role="alert">
      <Text size="sm">{message}</Text>
      {hint ? <Text size="sm">{hint}</Text> : null}
      {isApiError(error) && error.code ? (
        <Text size="xs" c="dimmed">
          Error code <Code>{error.code}</Code>
        </Text>
      ) : null}
    </Alert>
  );
}
