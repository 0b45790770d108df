import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useNow } from '@/hooks/use-now';
import { endAuthSession, isSessionValid, useAuthSession } from '@/lib/auth-session';

/** Props of the session menu. */
export interface SessionMenuProps {
  /** Leaves the current page (to sign-in); the session is forgotten once it resolves. */
  onSignOut: () => Promise<void> | void;
}

/** "in 23 h", "in 12 min", "expired". */
export function timeLeft(expiresAt: string, now: number): string {
  const ms = Date.parse(expiresAt) - now;
  if (!(ms > 0)) return 'expired';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'in less than a minute';
  if (minutes < 120) return `in ${minutes} min`;
  return `in ${Math.floor(minutes / 60)} h`;
}

// Leave the page first, then forget the token: a page still mounted would refetch with the default token.
async function signOut(leave: SessionMenuProps['onSignOut']) {
  await leave();
  endAuthSession();
}

/** Who is signed in, to which project, when the token expires, and a sign-out button. Nothing when signed out. */
export function SessionMenu({ onSignOut }: SessionMenuProps) {
  const session = useAuthSession();
  const now = useNow(30_000);
  if (!session) return null;
  const expires = new Date(session.expiresAt);
  const left = timeLeft(session.expiresAt, now);
  return (
    <Group gap="xs" wrap="nowrap">
      <Tooltip label={`Token for ${session.userName}@${session.domainName}, project ${session.projectName} (${session.projectId})`}>
        <Text size="sm" c={isSessionValid(session, now) ? 'dimmed' : 'red'} visibleFrom="md" data-testid="session-expiry">
          {session.userName} · expires {expires.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })} ({left})
        </Text>
      </Tooltip>
      <Button variant="subtle" size="compact-sm" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut(onSignOut)}>
        Sign out
      </Button>
    </Group>
  );
}
