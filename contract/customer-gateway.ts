import { z } from 'zod';
import { bgpAsnSchema, ipv4Schema, nameSchema, tagsSchema } from './common.ts';
import { pageInfoSchema } from './vpn-connection.ts';

export const createCustomerGatewaySchema = z.strictObject({
  name: nameSchema.optional(),
  id_type: z
    .enum(['ip'], {
      error: (iss) => (iss.input === 'fqdn' ? 'FQDN identities are not supported by OTC yet; use ip' : 'id_type must be ip'),
    })
    .default('ip'),
  id_value: ipv4Schema('The customer gateway address (id_value)'),
  bgp_asn: bgpAsnSchema.optional(),
  tags: tagsSchema.optional(),
});
export type CreateCustomerGateway = z.output<typeof createCustomerGatewaySchema>;
export type CreateCustomerGatewayInput = z.input<typeof createCustomerGatewaySchema>;

export const createCustomerGatewayRequestSchema = z.strictObject({ customer_gateway: createCustomerGatewaySchema });

/** Only the name of a customer gateway can change. */
export const updateCustomerGatewaySchema = z.strictObject({ name: nameSchema });
export const updateCustomerGatewayRequestSchema = z.strictObject({ customer_gateway: updateCustomerGatewaySchema });

export const customerGatewaySchema = z.object({
  id: z.string(),
  name: z.string(),
  id_type: z.string().optional(),
  id_value: z.string(),
  bgp_asn: z.number().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
});
export type CustomerGateway = z.infer<typeof customerGatewaySchema>;

export const customerGatewayResponseSchema = z.object({
  customer_gateway: customerGatewaySchema,
  request_id: z.string().optional(),
});
export const customerGatewayListResponseSchema = z.object({
  customer_gateways: z.array(customerGatewaySchema),
  page_info: pageInfoSchema.optional(),
  total_count: z.number().int().optional(),
  request_id: z.string().optional(),
});
