import { z } from 'zod';
import { tagSchema, tagsSchema } from './common.ts';

export const QUOTA_TYPES = ['vpn_gateway', 'customer_gateway', 'vpn_connection'] as const;

export const quotasResponseSchema = z.object({
  quotas: z.object({
    resources: z.array(z.object({ type: z.string(), quota: z.number(), used: z.number() })),
  }),
  request_id: z.string().optional(),
});
export type Quotas = z.infer<typeof quotasResponseSchema>;

export const TAG_RESOURCE_TYPES = ['vpn-gateway', 'customer-gateway', 'vpn-connection'] as const;

export const tagsCreateRequestSchema = z.strictObject({ tags: tagsSchema.min(1, 'Send at least one tag') });
/** On delete the value is optional: a key alone removes the tag whatever its value. */
export const tagsDeleteRequestSchema = z.strictObject({
  tags: z.array(tagSchema.partial({ value: true })).min(1, 'Send at least one tag').max(20, 'At most 20 tags at once'),
});
export const resourceTagsResponseSchema = z.object({ tags: z.array(z.object({ key: z.string(), value: z.string() })) });
export const projectTagsResponseSchema = z.object({ tags: z.array(z.object({ key: z.string(), values: z.array(z.string()) })) });

export const connectionLogResponseSchema = z.object({
  logs: z.array(z.object({ time: z.number(), raw_message: z.string() })),
  request_id: z.string().optional(),
});
export type ConnectionLog = z.infer<typeof connectionLogResponseSchema>;
