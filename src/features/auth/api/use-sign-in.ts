import { useCallback, useState } from 'react';
import type { SignedIn } from '@/features/auth/api/iam-client';
import { startAuthSession, type AuthSession } from '@/lib/auth-session';

/**
 * Runs one sign-in call and starts the session on success. Deliberately not a TanStack mutation: the mutation
 * cache would keep the call's variables (the password) in memory after the request.
 */
export function useSignIn<A>(call: (input: A) => Promise<SignedIn>, onSignedIn: (session: AuthSession) => void) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (input: A): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        const { token, session } = await call(input);
        startAuthSession(token, session);
        onSignedIn(session);
        return true;
      } catch (caught) {
        setError(caught);
        return false;
      } finally {
        setPending(false);
      }
    },
    [call, onSignedIn],
  );
  return { run, pending, error };
}
