import { CONSOLE_CONFIG_PATH, FALLBACK_CONSOLE_CONFIG, consoleConfigSchema, type ConsoleConfig } from '@contract/console-config';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { readEmbeddedConfig } from '@/lib/embedded-config';

/**
 * What the server that hosts the console says about itself (mock or proxy, region, sign-in required). Always
 * asked of the console's own origin. A server that does not answer is taken to be a plain mock.
 */
export async function fetchConsoleConfig(signal?: AbortSignal): Promise<ConsoleConfig> {
  try {
    const response = await fetch(CONSOLE_CONFIG_PATH, { headers: { Accept: 'application/json' }, signal });
    if (!response.ok) return FALLBACK_CONSOLE_CONFIG;
    const parsed = consoleConfigSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : FALLBACK_CONSOLE_CONFIG;
  } catch (error) {
    if (signal?.aborted) throw error;
    return FALLBACK_CONSOLE_CONFIG;
  }
}

/**
 * The config the server wrote into index.html, if it did (the console's own server always does; `vite dev` does
 * not, and then the config is fetched). A tag that does not parse is ignored: the fetch is the fallback.
 */
export function embeddedConsoleConfig(doc: Document = document): ConsoleConfig | undefined {
  const parsed = consoleConfigSchema.safeParse(readEmbeddedConfig(doc));
  return parsed.success ? parsed.data : undefined;
}

export const consoleConfigQuery = queryOptions({
  queryKey: ['console-config'],
  queryFn: ({ signal }) => fetchConsoleConfig(signal),
  initialData: () => embeddedConsoleConfig(),
  // It changes only when the server restarts in another mode; a reload picks that up.
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/** The console config, or the plain-mock fallback until it has loaded. */
export function useConsoleConfig(): ConsoleConfig {
  return useQuery(consoleConfigQuery).data ?? FALLBACK_CONSOLE_CONFIG;
}
