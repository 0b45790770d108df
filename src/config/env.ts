import { z } from 'zod';

import { DEMO_PROJECT_ID, DEMO_TOKEN } from '@/config/env-defaults';

// Empty strings count as "not set" so `VITE_API_BASE=` in an .env file falls back to the default.
const optional = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? fallback : v.trim()));

const envSchema = z.object({
  /** API origin the console talks to; '' means the same origin that serves the console. */
  VITE_API_BASE: z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim().replace(/\/+$/, ''))
    .refine((v) => v === '' || /^https?:\/\/[^\s/]+/i.test(v), {
      message: 'VITE_API_BASE must be an http(s) URL such as https://vpn.eu-de.otc.t-systems.com, or empty for same origin',
    }),
  VITE_PROJECT_ID: optional(DEMO_PROJECT_ID).pipe(
    z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'VITE_PROJECT_ID must be 1–64 letters, digits, "_" or "-"'),
  ),
  VITE_API_TOKEN: optional(DEMO_TOKEN),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the build-time env; throws at start-up with every bad variable named. */
export function parseEnv(source: Record<string, unknown>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid console configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env: Env = parseEnv(import.meta.env);
