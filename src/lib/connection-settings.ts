import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { env } from '@/config/env';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

/** Run-time connection settings; the messages are shown beside the Settings form fields. */
export const connectionSettingsSchema = z.object({
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
    .regex(/^[A-Za-z0-9_-]*$/, 'A project ID uses only letters, digits, "_" and "-"'),
  token: z.string().trim().min(1, 'Enter an IAM token (sent as X-Auth-Token); the mock accepts any value'),
});

export type ConnectionSettings = z.infer<typeof connectionSettingsSchema>;

export const SETTINGS_STORAGE_KEY = 'otc-vpn-console.connection';
export const TOKEN_STORAGE_KEY = 'otc-vpn-console.token';

export function defaultConnectionSettings(): ConnectionSettings {
  return { apiBase: env.VITE_API_BASE, projectId: env.VITE_PROJECT_ID, token: env.VITE_API_TOKEN };
}

/** Removes trailing slashes so `${apiBase}${path}` never has a double slash. */
function normalise(settings: ConnectionSettings): ConnectionSettings {
  return { ...settings, apiBase: settings.apiBase.trim().replace(/\/+$/, ''), projectId: settings.projectId.trim() };
}

function readJson(storage: Storage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

const storedPartSchema = connectionSettingsSchema.pick({ apiBase: true, projectId: true });

/** Reads storage; anything missing or invalid falls back to the env defaults, field by field. */
export function loadConnectionSettings(): ConnectionSettings {
  const defaults = defaultConnectionSettings();
  const stored = storedPartSchema.partial().safeParse(readJson(localStorage, SETTINGS_STORAGE_KEY) ?? {});
  const storedBase = stored.success ? stored.data.apiBase : undefined;
  const storedProject = stored.success ? stored.data.projectId : undefined;
  const token = connectionSettingsSchema.shape.token.safeParse(sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '');
  return normalise({
    apiBase: storedBase ?? defaults.apiBase,
    projectId: storedProject ?? defaults.projectId,
    token: token.success ? token.data : defaults.token,
  });
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
