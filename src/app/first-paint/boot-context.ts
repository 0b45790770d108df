import { v5Paths } from '@contract/api-paths';
import { envConnectionDefaults } from '@/config/env-defaults';
import { CUSTOMER_GATEWAY_PAGE_SIZE, FIRST_PAGE_SIZE } from '@/config/list-paging';
import { paths } from '@/config/paths';
import {
  COLUMN_IDS,
  COLUMN_META,
  COLUMN_STORAGE_KEY,
  type ColumnId,
} from '@/features/vpn-connections/components/connection-table/column-meta';
import { readEmbeddedConfig } from '@/lib/embedded-config';
import { isRecord, parseJsonText } from '@/lib/plain-json';
import { AUTH_SESSION_STORAGE_KEY, readStoredSettings, type ConnectionSettings } from '@/lib/stored-settings';

// When the list's first paint may run, and what it asks for. Every rule errs towards "not now": the
// application then loads as it always did, so a first paint never shows something the application would not.

export interface BootInputs {
  location: Pick<Location, 'pathname' | 'search'>;
  doc: Document;
  local: Storage;
  session: Storage;
  env: Record<string, unknown>;
  now: number;
}

export interface EarlyRequestsPlan {
  settings: ConnectionSettings;
  /** The same URLs the list route's loader asks for (the API client adopts the responses). */
  urls: { connections: string; gateways: string; customerGateways: string };
}

export interface FirstPaintPlan extends EarlyRequestsPlan {
  columns: Array<Exclude<ColumnId, 'name'>>;
}

/** A stored session that has not expired (the sign-in guard would let the list render). */
function hasLiveSession(session: Storage, now: number): boolean {
  const stored = parseJsonText(session.getItem(AUTH_SESSION_STORAGE_KEY));
  if (!isRecord(stored)) return false;
  const expiresAt = stored.expiresAt;
  return typeof expiresAt === 'string' && Date.parse(expiresAt) > now;
}

/** The server's word in index.html that data may be asked for without signing in. */
function signInNotRequired(doc: Document): boolean {
  const config = readEmbeddedConfig(doc);
  return isRecord(config) && config.sign_in_required === false;
}

/** The columns the list shows: the defaults, overlaid with the column chooser's saved choice (as the list reads it). */
export function visibleColumns(local: Storage): Array<Exclude<ColumnId, 'name'>> {
  const stored = parseJsonText(local.getItem(COLUMN_STORAGE_KEY));
  const saved = isRecord(stored) ? stored : {};
  // A record with a non-boolean value is rejected whole by the list's schema: the defaults apply.
  const valid = Object.values(saved).every((v) => typeof v === 'boolean');
  return COLUMN_IDS.filter((id): id is Exclude<ColumnId, 'name'> => {
    if (id === 'name') return false;
    const choice = valid ? saved[id] : undefined;
    return typeof choice === 'boolean' ? choice : COLUMN_META[id].defaultVisible;
  });
}

/** What to ask for before the application's code has loaded, or undefined when the first paint should not run. */
export function planEarlyRequests({ location, doc, local, session, env, now }: BootInputs): EarlyRequestsPlan | undefined {
  // Only the default view: a search, filter, sort or page in the URL is the application's to apply.
  if (location.pathname !== paths.vpnConnections.path || location.search !== '') return undefined;
  if (!hasLiveSession(session, now) && !signInNotRequired(doc)) return undefined;
  const defaults = envConnectionDefaults(env);
  if (!defaults) return undefined;
  const settings = readStoredSettings(defaults, local, session);
  const base = settings.apiBase;
  return {
    settings,
    urls: {
      connections: `${base}${v5Paths.vpnConnections(settings.projectId)}?limit=${FIRST_PAGE_SIZE}`,
      gateways: `${base}${v5Paths.vpnGateways(settings.projectId)}`,
      customerGateways: `${base}${v5Paths.customerGateways(settings.projectId)}?limit=${CUSTOMER_GATEWAY_PAGE_SIZE}`,
    },
  };
}

/** The plan for this page load, or undefined when the first paint should not run. */
export function planFirstPaint(inputs: BootInputs): FirstPaintPlan | undefined {
  const plan = planEarlyRequests(inputs);
  return plan && { ...plan, columns: visibleColumns(inputs.local) };
}
