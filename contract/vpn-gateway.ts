import { z } from 'zod';
import { gatewayStatusSchema } from './status.ts';

// ResponseVpnGateway (show/list). Create/update request schemas arrive with gateway management.

export const eipSchema = z.object({
  id: z.string().optional(),
  ip_version: z.number().optional(),
  type: z.string().optional(),
  ip_address: z.string().optional(),
  charge_mode: z.string().optional(),
  bandwidth_id: z.string().optional(),
  bandwidth_size: z.number().optional(),
  bandwidth_name: z.string().optional(),
  share_type: z.string().optional(),
});
export type Eip = z.infer<typeof eipSchema>;

export const vpnGatewaySchema = z.object({
  id: z.string(),
  name: z.string(),
  network_type: z.enum(['public', 'private']).catch('public').optional(),
  status: gatewayStatusSchema.catch('FAULT').optional(),
  attachment_type: z.string().optional(),
  ip_version: z.string().optional(),
  er_id: z.string().optional(),
  vpc_id: z.string().optional(),
  local_subnets: z.array(z.string()).optional(),
  connect_subnet: z.string().optional(),
  bgp_asn: z.number().optional(),
  flavor: z.string().optional(),
  availability_zone_ids: z.array(z.string()).optional(),
  connection_number: z.number().optional(),
  used_connection_number: z.number().optional(),
  used_connection_group: z.number().optional(),
  enterprise_project_id: z.string().optional(),
  eip1: eipSchema.optional(),
  eip2: eipSchema.optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  access_vpc_id: z.string().optional(),
  access_subnet_id: z.string().optional(),
  access_private_ip_1: z.string().optional(),
  access_private_ip_2: z.string().optional(),
  ha_mode: z.enum(['active-active', 'active-standby']).catch('active-active').optional(),
  supported_flavors: z.array(z.string()).optional(),
  supported_features: z.array(z.string()).optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
});
export type VpnGateway = z.infer<typeof vpnGatewaySchema>;

export const vpnGatewayResponseSchema = z.object({ vpn_gateway: vpnGatewaySchema, request_id: z.string().optional() });
export const vpnGatewayListResponseSchema = z.object({
  vpn_gateways: z.array(vpnGatewaySchema),
  request_id: z.string().optional(),
});

export { gatewayAddresses, type GatewayAddress } from './gateway-addresses.ts';
