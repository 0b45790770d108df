import { isRecord, parseJsonText } from '@/lib/plain-json';

// Reading the saved connection settings without a schema library: the list's first paint needs them before
// any package has loaded, and the application reads them through the same functions (one set of rules).

export const SETTINGS_STORAGE_KEY = 'otc-vpn-console.connection';
export const TOKEN_STORAGE_KEY = 'otc-vpn-console.token';
// sessionStorage only: like the token, a session must not outlive the browser session. No password, ever.
export const AUTH_SESSION_STORAGE_KEY = 'otc-vpn-console.session';

export const PROJECT_ID_PATTERN = /^[A-Za-z0-9_-]*$/;

/** Run-time connection settings. */
export interface ConnectionSettings {
  apiBase: string;
  projectId: string;
  token: string;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

/** Removes trailing slashes so `${apiBase}${path}` never has a double slash. */
export function normaliseSettings(settings: ConnectionSettings): ConnectionSettings {
  return { ...settings, apiBase: settings.apiBase.trim().replace(/\/+$/, ''), projectId: settings.projectId.trim() };
}

const validBase = (v: unknown) => typeof v === 'string' && (v.trim() === '' || isHttpUrl(v.trim()));
const validProject = (v: unknown) =>
  typeof v === 'string' && v.trim().length >= 1 && v.trim().length <= 64 && PROJECT_ID_PATTERN.test(v.trim());

/** The saved base and project; one invalid field discards both (a half-valid record is not trusted). */
function storedPart(value: unknown): { apiBase?: string; projectId?: string } {
  if (!isRecord(value)) return {};
  const { apiBase, projectId } = value;
  if (apiBase !== undefined && !validBase(apiBase)) return {};
  if (projectId !== undefined && !validProject(projectId)) return {};
  return {
    ...(typeof apiBase === 'string' ? { apiBase: apiBase.trim() } : {}),
    ...(typeof projectId === 'string' ? { projectId: projectId.trim() } : {}),
  };
}

/** Storage over the defaults, field by field; anything missing or invalid keeps the default. */
export function readStoredSettings(defaults: ConnectionSettings, local: Storage, session: Storage): ConnectionSettings {
  const stored = storedPart(parseJsonText(local.getItem(SETTINGS_STORAGE_KEY)));
  const token = (session.getItem(TOKEN_STORAGE_KEY) ?? '').trim();
  return normaliseSettings({
    apiBase: stored.apiBase ?? defaults.apiBase,
    projectId: stored.projectId ?? defaults.projectId,
    token: token === '' ? defaults.token : token,
  });
}
