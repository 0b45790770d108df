import { z } from 'zod';
import { text } from './common.ts';

// Bodies of POST /v5/{project_id}/{resource_type}/resource-instances/filter and …/count.

const VALUE_RULE = 'a tag value may be at most 255 characters';

export const tagFilterSchema = z.strictObject({
  key: text('tags[].key').min(1, 'Enter a tag key (1–128 characters)').max(128, 'A tag key may be at most 128 characters'),
  /** Empty = any value; several values are OR-ed. */
  values: z.array(text('tags[].values[]').max(255, VALUE_RULE), { error: 'values must be a list of strings (empty = any value)' })
    .max(20, 'At most 20 values per tag key'),
});

export const resourceNameMatchSchema = z.strictObject({
  key: z.literal('resource_name', { error: 'matches[].key must be resource_name' }),
  value: text('matches[].value').max(255, 'matches[].value may be at most 255 characters'),
});

// The doc example sends "false" as a string; accept both spellings.
const looseBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
  error: 'without_any_tag must be true or false',
});

export const resourceInstancesRequestSchema = z.strictObject({
  without_any_tag: looseBoolean.optional(),
  tags: z.array(tagFilterSchema).max(20, 'At most 20 tag filters').optional(),
  matches: z.array(resourceNameMatchSchema).optional(),
});
export type ResourceInstancesRequest = z.output<typeof resourceInstancesRequestSchema>;

export const resourceInstancesQuerySchema = z.object({
  limit: z.coerce.number({ error: 'limit must be a whole number from 1 to 1000' }).int('limit must be a whole number from 1 to 1000')
    .min(1, 'limit must be a whole number from 1 to 1000').max(1000, 'limit must be a whole number from 1 to 1000').default(1000),
  offset: z.coerce.number({ error: 'offset must be a whole number of at least 0' }).int('offset must be a whole number of at least 0')
    .min(0, 'offset must be a whole number of at least 0').default(0),
});

const resourceTagSchema = z.object({ key: z.string(), value: z.string() });

export const resourceInstancesResponseSchema = z.object({
  resources: z.array(
    z.object({ resource_id: z.string(), resource_detail: z.unknown().optional(), tags: z.array(resourceTagSchema), resource_name: z.string() }),
  ),
  total_count: z.number().int(),
});
export const resourceCountResponseSchema = z.object({ total_count: z.number().int() });
