import { Alert, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { MOCK_IAM_USER } from '@contract/iam';
import { useState } from 'react';
import { PasswordSignIn } from '@/features/auth/components/password-sign-in';
import { TokenSignIn } from '@/features/auth/components/token-sign-in';
import type { AuthSession } from '@/lib/auth-session';

/** Props of the sign-in panel. */
export interface SignInPanelProps {
  onSignedIn: (session: AuthSession) => void;
  /** The server is the mock: show the mock IAM user, which is public anyway. */
  mock: boolean;
  /** Why the admin is here again: their token expired or was revoked. */
  expired?: boolean;
}

/** Sign in with an IAM user or a pasted token. */
export function SignInPanel({ onSignedIn, mock, expired }: SignInPanelProps) {
  const [method, setMethod] = useState<'password' | 'token'>('password');
  return (
    <Stack gap="md" maw={480}>
      {expired ? (
        <Alert color="yellow" variant="light" title="Your session has ended">
          The token expired or was revoked. Sign in again to continue where you were.
        </Alert>
      ) : null}
      {mock ? (
        <Text size="sm" c="dimmed">
          This server is the mock: sign in as <strong>{MOCK_IAM_USER.userName}</strong> with password{' '}
          <strong>{MOCK_IAM_USER.password}</strong> in account <strong>{MOCK_IAM_USER.domainName}</strong>, project{' '}
          <strong>eu-de</strong>.
        </Text>
      ) : null}
      <SegmentedControl
        aria-label="Sign-in method"
        value={method}
        onChange={(value) => setMethod(value === 'token' ? 'token' : 'password')}
        data={[
          { value: 'password', label: 'IAM user' },
          { value: 'token', label: 'Token' },
        ]}
      />
      <Paper withBorder p="md">
        {method === 'password' ? <PasswordSignIn onSignedIn={onSignedIn} /> : <TokenSignIn onSignedIn={onSignedIn} />}
      </Paper>
      <Text size="xs" c="dimmed">
        The password goes to IAM once, through this console&apos;s server, and is not kept. The token is kept only for this
        browser session (sessionStorage) and sent as X-Auth-Token.
      </Text>
    </Stack>
  );
}
