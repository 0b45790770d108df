import { z } from 'zod';
import { connectionStatusSchema } from './status.ts';

// The mock server's test-control API under /__mock/ (enabled with MOCK_CONTROL=1 or NODE_ENV=test).
// e2e fixtures use it to reset and seed projects, speed up status transitions and read what the
// console sent. None of it exists on the real OTC API.

const seg = encodeURIComponent;

export const mockPaths = {
  /** POST: forget every project; the next API call re-seeds the demo data. */
  reset: '/__mock/reset',
  /** POST: reset one project to the demo seed (or empty), optionally with generated connections. */
  seed: (projectId: string) => `/__mock/projects/${seg(projectId)}/seed`,
  /** POST: change the status transition time. */
  config: '/__mock/config',
  /** GET: the last request bodies the project's API received (PSKs redacted). */
  requests: (projectId: string) => `/__mock/projects/${seg(projectId)}/requests`,
  /** POST: force a connection into a status (e.g. FREEZED) to exercise the console's handling of it. */
  connectionStatus: (projectId: string, id: string) => `/__mock/projects/${seg(projectId)}/vpn-connections/${seg(id)}/status`,
} as const;

/** Largest number of generated connections one seed call accepts (scale tests use 5,000–10,000). */
export const MAX_GENERATED_CONNECTIONS = 20000;

export const mockSeedRequestSchema = z.strictObject({
  connections: z
    .number({ error: `connections must be a whole number from 0 to ${MAX_GENERATED_CONNECTIONS}` })
    .int(`connections must be a whole number from 0 to ${MAX_GENERATED_CONNECTIONS}`)
    .min(0, `connections must be a whole number from 0 to ${MAX_GENERATED_CONNECTIONS}`)
    .max(MAX_GENERATED_CONNECTIONS, `connections must be a whole number from 0 to ${MAX_GENERATED_CONNECTIONS}`)
    .default(0),
  /** true: no demo gateways or connections (generated ones are still added when `connections` > 0). */
  empty: z.boolean({ error: 'empty must be true or false' }).default(false),
});
export type MockSeedRequest = z.input<typeof mockSeedRequestSchema>;

export const mockSeedResponseSchema = z.object({
  project_id: z.string(),
  vpn_gateways: z.number().int(),
  customer_gateways: z.number().int(),
  vpn_connections: z.number().int(),
});
export type MockSeedResponse = z.infer<typeof mockSeedResponseSchema>;

export const MAX_TRANSITION_MS = 600000;

export const mockConfigRequestSchema = z.strictObject({
  transition_ms: z
    .number({ error: `transition_ms must be a whole number of milliseconds from 0 to ${MAX_TRANSITION_MS}` })
    .int(`transition_ms must be a whole number of milliseconds from 0 to ${MAX_TRANSITION_MS}`)
    .min(0, `transition_ms must be a whole number of milliseconds from 0 to ${MAX_TRANSITION_MS}`)
    .max(MAX_TRANSITION_MS, `transition_ms must be a whole number of milliseconds from 0 to ${MAX_TRANSITION_MS}`),
});
export type MockConfigRequest = z.infer<typeof mockConfigRequestSchema>;

export const mockConfigResponseSchema = z.object({ transition_ms: z.number().int() });

export const mockConnectionStatusRequestSchema = z.strictObject({ status: connectionStatusSchema });
export type MockConnectionStatusRequest = z.infer<typeof mockConnectionStatusRequestSchema>;

/** Replaces every `psk` value in recorded bodies: the server never keeps or echoes a pre-shared key. */
export const REDACTED = '[redacted]';

export const mockRecordedRequestSchema = z.object({
  method: z.string(),
  path: z.string(),
  /** The parsed JSON body, or null when there was none or it was not JSON. */
  body: z.unknown(),
  received_at: z.string(),
});
export type MockRecordedRequest = z.infer<typeof mockRecordedRequestSchema>;

export const mockRequestLogResponseSchema = z.object({ requests: z.array(mockRecordedRequestSchema) });
export type MockRequestLog = z.infer<typeof mockRequestLogResponseSchema>;
