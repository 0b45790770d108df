import { connectionStatusSchema } from '@contract/status';
import { z } from 'zod';
import { COLUMN_IDS } from '@/features/vpn-connections/components/connection-table/column-meta';

// The list's view (search, filters, sort, page) lives in the URL so a link reproduces it. This schema is
// the route's validateSearch: junk in a hand-edited URL falls back to the default instead of an error page.

export const CONNECTION_STYLE_VALUES = ['STATIC', 'POLICY', 'BGP'] as const;

/** Rows per page; 0 shows every row (the table is virtualised, so that stays smooth). */
export const PAGE_SIZES = [50, 100, 500, 1000, 0] as const;
export const DEFAULT_PAGE_SIZE = 100;

/** Keeps the valid members of a list parameter; a single value is accepted as a one-element list. */
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((v) => (Array.isArray(v) ? v : v === undefined ? v : [v]), z.array(z.unknown()).optional())
    .transform((values) => {
      const valid = (values ?? []).flatMap((v) => {
        const parsed = item.safeParse(v);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      });
      return valid.length > 0 ? [...new Set(valid)] : undefined;
    })
    .catch(undefined);

export const connectionListSearchSchema = z.object({
  /** Free-text search over name, id, gateway IP, customer gateway and subnets. */
  q: z.string().max(200).optional().catch(undefined),
  status: listOf(connectionStatusSchema),
  style: listOf(z.enum(CONNECTION_STYLE_VALUES)),
  /** VPN gateway id: sent to the API as vgw_id. */
  vgw: z.string().max(64).optional().catch(undefined),
  sort: z.enum(COLUMN_IDS).optional().catch(undefined),
  desc: z.boolean().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
  size: z
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
});
/** The view; every part optional (a missing part is the default). */
export type ConnectionListSearch = Partial<z.output<typeof connectionListSearchSchema>>;
