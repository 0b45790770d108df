import { z } from 'zod';

// GET /console-config.json: what the server that hosts the console tells it about itself, so one build of the
// console works against the mock and against a real OTC region.

export const CONSOLE_CONFIG_PATH = '/console-config.json';

export const consoleConfigSchema = z.object({
  /** mock: the built-in emulation; proxy: forwarding to real OTC endpoints. */
  mode: z.enum(['mock', 'proxy']),
  /** OTC region of the upstream, e.g. eu-de; null for the mock. */
  region: z.string().nullable(),
  /** Whether every API call needs a token from IAM sign-in (proxy mode, or a mock with MOCK_REQUIRE_TOKEN=1). */
  sign_in_required: z.boolean(),
  /** Upstream base URLs per API (proxy mode), shown to the admin; null for the mock. */
  endpoints: z.object({ vpn: z.string(), vpc: z.string(), iam: z.string() }).nullable(),
});
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

/** What a console assumes when the server does not answer /console-config.json (an older mock, a dev proxy). */
export const FALLBACK_CONSOLE_CONFIG: ConsoleConfig = { mode: 'mock', region: null, sign_in_required: false, endpoints: null };

export { CONSOLE_CONFIG_META_NAME } from './console-config-meta.ts';
