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

export interface GatewayAddress {
  /** What a connection sends as vgw_ip: the EIP id (public) or the private IP (private). */
  vgwIp: string;
  /** The address a person reads. */
  address: string;
  slot: 1 | 2;
  label: string;
  /** For active-standby gateways: the role a connection on this address must take. */
  haRole: 'master' | 'slave';
}

/** The addresses of a gateway that connections can use, in slot order. */
export function gatewayAddresses(gw: VpnGateway): GatewayAddress[] {
  const standby = gw.ha_mode === 'active-standby';
  const label = (slot: 1 | 2, kind: string) =>
    standby ? `${slot === 1 ? 'Active' : 'Standby'} ${kind}` : `${kind} ${slot}`;
  const out: GatewayAddress[] = [];
  if (gw.network_type === 'private') {
    [gw.access_private_ip_1, gw.access_private_ip_2].forEach((ip, i) => {
      const slot = (i + 1) as 1 | 2;
      if (ip) out.push({ vgwIp: ip, address: ip, slot, label: label(slot, 'private IP'), haRole: slot === 1 ? 'master' : 'slave' });
    });
  } else {
    [gw.eip1, gw.eip2].forEach((eip, i) => {
      const slot = (i + 1) as 1 | 2;
      if (eip?.id) {
        out.push({ vgwIp: eip.id, address: eip.ip_address ?? eip.id, slot, label: label(slot, 'EIP'), haRole: slot === 1 ? 'master' : 'slave' });
      }
    });
  }
  return out;
}
