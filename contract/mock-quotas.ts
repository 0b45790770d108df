import { z } from 'zod';
import { QUOTA_TYPES } from './quotas-tags.ts';

// Mock-only control of a project's quotas (/__mock/projects/{project_id}/quotas), so tests can reach a
// limit without creating 50 gateways. Not part of the OTC API; a re-seed restores the defaults.

/** Defaults from the UMN (gateways, customer gateways) and the API example (connections). */
export const DEFAULT_QUOTAS: Record<(typeof QUOTA_TYPES)[number], number> = {
  vpn_gateway: 50,
  customer_gateway: 100,
  vpn_connection: 5000,
};

export const mockQuotasPath = (projectId: string) => `/__mock/projects/${encodeURIComponent(projectId)}/quotas`;

const quotaValue = z
  .number({ error: 'a quota must be a whole number from 0 to 100000' })
  .int('a quota must be a whole number from 0 to 100000')
  .min(0, 'a quota must be a whole number from 0 to 100000')
  .max(100000, 'a quota must be a whole number from 0 to 100000');

export const mockQuotasRequestSchema = z.strictObject({
  vpn_gateway: quotaValue.optional(),
  customer_gateway: quotaValue.optional(),
  vpn_connection: quotaValue.optional(),
});
export type MockQuotasRequest = z.infer<typeof mockQuotasRequestSchema>;
