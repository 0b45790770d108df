import { z } from 'zod';
import { ipv4Schema, isUuid, text } from '../common.ts';
import { classicDescriptionSchema, classicNameSchema, forbidden, isCidr, tenantIdSchema } from './classic-common.ts';

// VPN services (a VPC router's VPN endpoint) and endpoint groups (local VPC subnets / peer CIDRs).

const adminStateUp = z.literal(true, { error: 'OTC accepts only admin_state_up true; false would leave it frozen' });

export const createVpnServiceSchema = z.strictObject({
  router_id: text('router_id', 'Choose the VPC router (router_id is required)').min(1, 'Choose the VPC router (router_id is required)'),
  subnet_id: text('subnet_id').nullable().optional(),
  name: classicNameSchema.optional(),
  admin_state_up: adminStateUp.default(true),
  description: classicDescriptionSchema.optional(),
  tenant_id: tenantIdSchema.optional(),
  external_v4_ip: ipv4Schema('external_v4_ip').optional(),
});
export type CreateVpnService = z.output<typeof createVpnServiceSchema>;
export const createVpnServiceRequestSchema = z.strictObject({ vpnservice: createVpnServiceSchema });
export const updateVpnServiceRequestSchema = z.strictObject({
  vpnservice: z.strictObject({ name: classicNameSchema, description: classicDescriptionSchema, admin_state_up: adminStateUp }).partial(),
});

export const vpnServiceSchema = z.object({
  id: z.string(),
  router_id: z.string(),
  subnet_id: z.string().nullable().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  status: z.string(),
  admin_state_up: z.boolean().optional(),
  external_v4_ip: z.string().optional(),
  external_v6_ip: z.string().optional(),
  tenant_id: z.string().optional(),
  created_at: z.string().optional(),
});
export type VpnService = z.infer<typeof vpnServiceSchema>;
export const vpnServiceResponseSchema = z.object({ vpnservice: vpnServiceSchema });
export const vpnServiceListResponseSchema = z.object({ vpnservices: z.array(vpnServiceSchema) });

export const ENDPOINT_GROUP_TYPES = ['subnet', 'cidr'] as const;

export const createEndpointGroupSchema = z
  .strictObject({
    type: z.enum(ENDPOINT_GROUP_TYPES, { error: 'type must be subnet (VPC subnet ids) or cidr (customer CIDR blocks)' }),
    endpoints: z.array(text('endpoint')).min(1, 'Add at least one endpoint').max(50, 'At most 50 endpoints per group'),
    name: classicNameSchema.optional(),
    description: classicDescriptionSchema.optional(),
    tenant_id: tenantIdSchema.optional(),
  })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.endpoints.forEach((e, i) => {
      const ok = g.type === 'cidr' ? isCidr(e) : isUuid(e);
      if (!ok) {
        const message =
          g.type === 'cidr'
            ? `"${e}" is not a CIDR block; a cidr group holds only customer CIDRs such as 192.168.44.0/24`
            : `"${e}" is not a subnet id; a subnet group holds only VPC subnet ids (UUIDs)`;
        ctx.addIssue({ code: 'custom', path: ['endpoints', i], message });
      }
      if (seen.has(e)) ctx.addIssue({ code: 'custom', path: ['endpoints', i], message: `${e} is listed twice; remove the duplicate` });
      seen.add(e);
    });
  });
export type CreateEndpointGroup = z.output<typeof createEndpointGroupSchema>;
export const createEndpointGroupRequestSchema = z.strictObject({ endpoint_group: createEndpointGroupSchema });

const immutable = (field: string) => forbidden(`${field} cannot be changed after creation; create a new endpoint group instead`);
export const updateEndpointGroupRequestSchema = z.strictObject({
  endpoint_group: z
    .strictObject({ name: classicNameSchema, description: classicDescriptionSchema, type: immutable('type'), endpoints: immutable('endpoints') })
    .partial(),
});

export const endpointGroupSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  type: z.string(),
  endpoints: z.array(z.string()),
  tenant_id: z.string().optional(),
});
export type EndpointGroup = z.infer<typeof endpointGroupSchema>;
export const endpointGroupResponseSchema = z.object({ endpoint_group: endpointGroupSchema });
export const endpointGroupListResponseSchema = z.object({ endpoint_groups: z.array(endpointGroupSchema) });

/** Read-only Neutron objects the classic pickers need. */
export const routerSchema = z.object({ id: z.string(), name: z.string().optional(), status: z.string().optional() });
export const routerListResponseSchema = z.object({ routers: z.array(routerSchema) });
export const subnetSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  cidr: z.string(),
  // OTC answers with vpc_id; standard Neutron does not, and then the console cannot group subnets by VPC.
  vpc_id: z.string().optional(),
  network_id: z.string().optional(),
});
export type NeutronSubnet = z.infer<typeof subnetSchema>;
export const subnetListResponseSchema = z.object({ subnets: z.array(subnetSchema) });
