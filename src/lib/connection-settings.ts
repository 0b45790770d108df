import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { env } from '@/config/env';
import {
  PROJECT_ID_PATTERN,
  SETTINGS_STORAGE_KEY,
  TOKEN_STORAGE_KEY,
  isHttpUrl,
  normaliseSettings as normalise,
  readStoredSettings,
  type ConnectionSettings,
} from '@/lib/stored-settings';

export type { ConnectionSettings };

/** Run-time connection settings; the messages are shown beside the Settings form fields. */
export const connectionSettingsSchema: z.ZodType<ConnectionSettings, ConnectionSettings> = z.object({
  apiBase: z
    .string()
    .trim()
    .refine((v) => v === '' || isHttpUrl(v), {
      message:
        'Enter an http:// or https:// URL without query or fragment (e.g. https://vpn.eu-de.otc.t-systems.com), or leave it empty to use this site',
    }),
  projectId: z
    .string()
    .trim()
    .min(1, 'Enter the project ID (IAM → My Credentials → Projects)')
    .max(64, 'A project ID has at most 64 characters')
    .regex(PROJECT_ID_PATTERN, 'A project ID uses only letters, digits, "_" and "-"'),
  token: z.string().trim().min(1, 'Enter an IAM token (sent as X-Auth-Token); the mock accepts any value'),
});

export function defaultConnectionSettings(): ConnectionSettings {
  return { apiBase: env.VITE_API_BASE, projectId: env.VITE_PROJECT_ID, token: env.VITE_API_TOKEN };
}

/** Reads storage; anything missing or invalid falls back to the env defaults, field by field. */
export function loadConnectionSettings(): ConnectionSettings {
  return readStoredSettings(defaultConnectionSettings(), localStorage, sessionStorage);
}

let snapshot: ConnectionSettings | null = null;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The current settings; the same object until they change (as useSyncExternalStore requires). */
export function getConnectionSettings(): ConnectionSettings {
  snapshot ??= loadConnectionSettings();
  return snapshot;
}

export function subscribeConnectionSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Validates and stores new settings: base + project in localStorage, the token ONLY in sessionStorage
 * (a token is a credential and must not outlive the browser session). Throws a ZodError when invalid.
 */
export function saveConnectionSettings(input: ConnectionSettings): ConnectionSettings {
  const next = normalise(connectionSettingsSchema.parse(input));
  localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ apiBase: next.apiBase, projectId: next.projectId }));
  sessionStorage.setItem(TOKEN_STORAGE_KEY, next.token);
  snapshot = next;
  notify();
  return next;
}

/** Forgets the stored token (sign-out); the build's default token (VITE_API_TOKEN) takes its place. */
export function forgetToken(): ConnectionSettings {
  sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  snapshot = { ...getConnectionSettings(), token: defaultConnectionSettings().token };
  notify();
  return snapshot;
}

/** Forgets stored settings and returns to the env defaults. */
export function resetConnectionSettings(): ConnectionSettings {
  localStorage.removeItem(SETTINGS_STORAGE_KEY);
  sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  snapshot = defaultConnectionSettings();
  notify();
  return snapshot;
}

/** Part of every query key, so data from one API endpoint/project is never shown for another. */
export function apiScope(settings: ConnectionSettings = getConnectionSettings()): readonly [string, string] {
  return [settings.apiBase, settings.projectId] as const;
}

/** Human-readable API base: the same-origin case is spelled out. */
export function describeApiBase(apiBase: string): string {
  return apiBase === '' ? `${window.location.origin} (same origin)` : apiBase;
}

export function useConnectionSettings(): ConnectionSettings {
  return useSyncExternalStore(subscribeConnectionSettings, getConnectionSettings, getConnectionSettings);
}
