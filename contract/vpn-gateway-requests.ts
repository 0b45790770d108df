import { z } from 'zod';
import { bgpAsnSchema, ipv4Schema, nameSchema, tagsSchema, text, uuidSchema } from './common.ts';
import { cidrList } from './network.ts';

// Request bodies of the v5 VPN gateway API (create, update, change specification).

export const GATEWAY_FLAVORS = ['Basic', 'Professional1', 'Professional2'] as const;
export type GatewayFlavor = (typeof GATEWAY_FLAVORS)[number];

/** EIP bandwidth ceiling per flavor, in Mbit/s. */
export const FLAVOR_MAX_BANDWIDTH: Record<GatewayFlavor, number> = { Basic: 100, Professional1: 300, Professional2: 1000 };

export const createEipSchema = z.strictObject({
  id: uuidSchema('EIP id').optional(),
  type: z.enum(['5_bgp'], { error: 'The EIP type must be 5_bgp (dynamic BGP)' }).optional(),
  bandwidth_size: z
    .number({ error: 'The bandwidth must be a whole number of Mbit/s from 1 to 1000' })
    .int('The bandwidth must be a whole number of Mbit/s from 1 to 1000')
    .min(1, 'The bandwidth must be at least 1 Mbit/s')
    .max(1000, 'The bandwidth may be at most 1000 Mbit/s'),
  bandwidth_name: nameSchema.optional(),
  bandwidth_id: uuidSchema('bandwidth_id').optional(),
}).partial();

// Built from cidrList, not customerSubnetsSchema: a second .max() would only add to that schema's message.
const localSubnets = cidrList('Local subnet', 50, (n) => `At most 50 local subnets per gateway; you have ${n}`);

export const createVpnGatewaySchema = z
  .strictObject({
    name: nameSchema.optional(),
    network_type: z.enum(['public', 'private'], { error: 'network_type must be public or private' }).default('public'),
    attachment_type: z.enum(['vpc', 'er'], { error: 'attachment_type must be vpc or er' }).default('vpc'),
    ip_version: z.enum(['ipv4'], { error: 'ip_version must be ipv4' }).default('ipv4'),
    er_id: uuidSchema('er_id').optional(),
    vpc_id: uuidSchema('vpc_id').optional(),
    local_subnets: localSubnets.optional(),
    connect_subnet: uuidSchema('connect_subnet').optional(),
    bgp_asn: bgpAsnSchema.default(64512),
    flavor: z.enum(GATEWAY_FLAVORS, { error: 'flavor must be Basic, Professional1 or Professional2' }).default('Professional1'),
    availability_zone_ids: z.array(text('availability zone')).max(2, 'Give one or two availability zones').optional(),
    enterprise_project_id: text('enterprise_project_id').optional(),
    eip1: createEipSchema.optional(),
    eip2: createEipSchema.optional(),
    access_vpc_id: uuidSchema('access_vpc_id').optional(),
    access_subnet_id: uuidSchema('access_subnet_id').optional(),
    ha_mode: z.enum(['active-active', 'active-standby'], { error: 'ha_mode must be active-active or active-standby' }).default('active-active'),
    access_private_ip_1: ipv4Schema('access_private_ip_1').optional(),
    access_private_ip_2: ipv4Schema('access_private_ip_2').optional(),
    tags: tagsSchema.optional(),
  })
  .superRefine((gw, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (gw.attachment_type === 'vpc') {
      if (!gw.vpc_id) add('vpc_id', 'A VPC-attached gateway needs vpc_id: choose the VPC');
      if (!gw.connect_subnet) add('connect_subnet', 'A VPC-attached gateway needs connect_subnet: choose the subnet it connects through');
      if (!gw.local_subnets?.length) add('local_subnets', 'A VPC-attached gateway needs at least one local subnet, e.g. 10.1.0.0/24');
      if (gw.er_id) add('er_id', 'er_id applies only to enterprise-router attachment; remove it or choose attachment_type er');
    } else {
      if (!gw.er_id) add('er_id', 'An enterprise-router gateway needs er_id');
      if (gw.local_subnets) add('local_subnets', 'local_subnets applies only to VPC attachment; remove it');
    }
    if (gw.flavor === 'Basic' && (gw.network_type === 'private' || gw.attachment_type === 'er')) {
      add('flavor', 'The Basic flavor is not available for private or enterprise-router gateways; choose Professional1 or Professional2');
    }
    if (gw.network_type === 'private') {
      if (gw.eip1 || gw.eip2) add(gw.eip1 ? 'eip1' : 'eip2', 'EIPs apply only to public gateways; remove them or choose network_type public');
      const [ip1, ip2] = [gw.access_private_ip_1, gw.access_private_ip_2];
      if ((ip1 === undefined) !== (ip2 === undefined)) {
        add(ip1 === undefined ? 'access_private_ip_1' : 'access_private_ip_2', 'access_private_ip_1 and access_private_ip_2 must be both filled or both left empty');
      } else if (ip1 !== undefined && ip1 === ip2) {
        add('access_private_ip_2', 'Private IPs must be different with each other');
      }
    } else {
      if (gw.access_private_ip_1 || gw.access_private_ip_2) {
        add(gw.access_private_ip_1 ? 'access_private_ip_1' : 'access_private_ip_2', 'Private IPs apply only to private gateways; remove them or choose network_type private');
      }
      (['eip1', 'eip2'] as const).forEach((slot) => {
        const eip = gw[slot];
        if (!eip || eip.id) return;
        if (!eip.type) add(slot, `${slot}: give an existing EIP id, or type 5_bgp with a bandwidth for a new EIP`);
        if (eip.bandwidth_size === undefined && !eip.bandwidth_id) add(slot, `${slot}: a new EIP needs bandwidth_size (Mbit/s) or a shared bandwidth_id`);
        const max = FLAVOR_MAX_BANDWIDTH[gw.flavor];
        if (eip.bandwidth_size !== undefined && eip.bandwidth_size > max) {
          ctx.addIssue({ code: 'custom', path: [slot, 'bandwidth_size'], message: `The ${gw.flavor} flavor allows at most ${max} Mbit/s per EIP` });
        }
      });
    }
  });
export type CreateVpnGateway = z.output<typeof createVpnGatewaySchema>;
export type CreateVpnGatewayInput = z.input<typeof createVpnGatewaySchema>;

export const createVpnGatewayRequestSchema = z.strictObject({ vpn_gateway: createVpnGatewaySchema });

export const updateVpnGatewaySchema = z
  .strictObject({
    name: nameSchema,
    local_subnets: localSubnets.min(1, 'Keep at least one local subnet'),
    eip_id_1: uuidSchema('eip_id_1'),
    eip_id_2: uuidSchema('eip_id_2'),
  })
  .partial();
export const updateVpnGatewayRequestSchema = z.strictObject({ vpn_gateway: updateVpnGatewaySchema });

export const updateSpecificationRequestSchema = z.strictObject({
  vpn_gateway: z.strictObject({
    flavor: z.enum(GATEWAY_FLAVORS, { error: 'flavor must be Basic, Professional1 or Professional2' }),
  }),
});

export const availabilityZonesResponseSchema = z.object({
  availability_zones: z.record(z.string(), z.object({ vpc: z.array(z.string()).optional(), er: z.array(z.string()).optional() })),
  request_id: z.string().optional(),
});
