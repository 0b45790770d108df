import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { AUTH_SESSION_STORAGE_KEY } from '@/lib/stored-settings';
import { forgetToken, getConnectionSettings, saveConnectionSettings } from '@/lib/connection-settings';

/** Who is signed in, to which project, until when. The token itself lives with the connection settings. */
export const authSessionSchema = z.object({
  method: z.enum(['password', 'token']),
  expiresAt: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  userName: z.string(),
  domainName: z.string(),
});
export type AuthSession = z.infer<typeof authSessionSchema>;

const listeners = new Set<() => void>();
let snapshot: AuthSession | null | undefined;

function load(): AuthSession | null {
  try {
    const parsed = authSessionSchema.safeParse(JSON.parse(sessionStorage.getItem(AUTH_SESSION_STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function notify() {
  for (const listener of listeners) listener();
}

export function getAuthSession(): AuthSession | null {
  if (snapshot === undefined) snapshot = load();
  return snapshot;
}

export function subscribeAuthSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the session exists and has not expired at `now`. */
export function isSessionValid(session: AuthSession | null, now = Date.now()): session is AuthSession {
  return session !== null && Date.parse(session.expiresAt) > now;
}

/**
 * Signs in: the token becomes the X-Auth-Token of every call (sessionStorage + memory, via the connection
 * settings) and the token's project fills the /v5/{project_id}/ paths.
 */
export function startAuthSession(token: string, session: AuthSession): void {
  sessionStorage.setItem(AUTH_SESSION_STORAGE_KEY, JSON.stringify(session));
  snapshot = session;
  saveConnectionSettings({ ...getConnectionSettings(), projectId: session.projectId, token });
  notify();
}

/** Signs out: forgets the session and its token (the console falls back to the build's default token). */
export function endAuthSession(): void {
  sessionStorage.removeItem(AUTH_SESSION_STORAGE_KEY);
  snapshot = null;
  forgetToken();
  notify();
}

export function useAuthSession(): AuthSession | null {
  return useSyncExternalStore(subscribeAuthSession, getAuthSession, getAuthSession);
}

const unauthorizedListeners = new Set<() => void>();

/** Called by the API client when an API call answers 401 (expired or revoked token). */
export function reportUnauthorized(): void {
  for (const listener of unauthorizedListeners) listener();
}

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}
