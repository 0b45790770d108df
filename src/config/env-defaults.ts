// The build's connection defaults read without the schema in env.ts: the list's first paint needs them
// before any package has loaded. env.ts stays the authority (it names every bad variable at start-up).

export const DEMO_PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const DEMO_TOKEN = 'demo-token';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** apiBase / projectId / token from VITE_* variables, or undefined when env.ts would reject them. */
export function envConnectionDefaults(source: Record<string, unknown>): { apiBase: string; projectId: string; token: string } | undefined {
  if (source.VITE_API_BASE !== undefined && typeof source.VITE_API_BASE !== 'string') return undefined;
  const apiBase = text(source.VITE_API_BASE).replace(/\/+$/, '');
  if (apiBase !== '' && !/^https?:\/\/[^\s/]+/i.test(apiBase)) return undefined;
  const projectId = text(source.VITE_PROJECT_ID) || DEMO_PROJECT_ID;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(projectId)) return undefined;
  return { apiBase, projectId, token: text(source.VITE_API_TOKEN) || DEMO_TOKEN };
}
