import { z } from 'zod';
import { LOG_RANGES } from '@/features/vpn-connections/components/connection-logs/log-filter';

export const DETAIL_TABS = ['configuration', 'logs'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

/** ?tab=logs&range=1h&logq=proposal: the open tab and the log filters, so a link shows the same lines. */
export const connectionDetailSearchSchema = z.object({
  tab: z.enum(DETAIL_TABS).optional().catch(undefined),
  range: z.enum(LOG_RANGES).optional().catch(undefined),
  logq: z.string().max(200).optional().catch(undefined),
});
export type ConnectionDetailSearch = z.infer<typeof connectionDetailSearchSchema>;
