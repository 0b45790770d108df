import type { Tag } from '@contract/common';
import {
  createVpnGatewaySchema,
  type CreateVpnGateway,
  type CreateVpnGatewayInput,
  type GatewayFlavor,
} from '@contract/vpn-gateway-requests';
import { z } from 'zod';

// The create form works on plain input values ('' = not given); one transform turns them into the request
// body and the contract schema then checks it, so the form shows the same messages the API would send.

export interface EipValues {
  /** An existing EIP to bind; when given, the rest is ignored. */
  id: string;
  bandwidth_size: number | null;
  bandwidth_name: string;
}

export interface GatewayFormValues {
  name: string;
  network_type: 'public' | 'private';
  attachment_type: 'vpc' | 'er';
  flavor: GatewayFlavor;
  ha_mode: 'active-active' | 'active-standby';
  availability_zone_ids: string[];
  vpc_id: string;
  connect_subnet: string;
  er_id: string;
  access_vpc_id: string;
  access_subnet_id: string;
  local_subnets: string[];
  bgp_asn: number | null;
  eip1: EipValues;
  eip2: EipValues;
  access_private_ip_1: string;
  access_private_ip_2: string;
  tags: Tag[];
}

const newEip: EipValues = { id: '', bandwidth_size: 100, bandwidth_name: '' };

export const gatewayFormDefaults: GatewayFormValues = {
  name: '',
  network_type: 'public',
  attachment_type: 'vpc',
  flavor: 'Professional1',
  ha_mode: 'active-active',
  availability_zone_ids: [],
  vpc_id: '',
  connect_subnet: '',
  er_id: '',
  access_vpc_id: '',
  access_subnet_id: '',
  local_subnets: [''],
  bgp_asn: 64512,
  eip1: newEip,
  eip2: newEip,
  access_private_ip_1: '',
  access_private_ip_2: '',
  tags: [],
};

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

function eipOf(e: EipValues): NonNullable<CreateVpnGatewayInput['eip1']> {
  const id = opt(e.id);
  if (id) return { id };
  return { type: '5_bgp', bandwidth_size: e.bandwidth_size ?? undefined, bandwidth_name: opt(e.bandwidth_name) };
}

/** The request body for the form values; fields that do not apply to the chosen kind are left out. */
export function toCreateInput(v: GatewayFormValues): CreateVpnGatewayInput {
  const vpc = v.attachment_type === 'vpc';
  const isPublic = v.network_type === 'public';
  const subnets = v.local_subnets.map((s) => s.trim()).filter((s) => s !== '');
  return {
    name: opt(v.name),
    network_type: v.network_type,
    attachment_type: v.attachment_type,
    flavor: v.flavor,
    ha_mode: v.ha_mode,
    availability_zone_ids: v.availability_zone_ids.length > 0 ? v.availability_zone_ids : undefined,
    ...(vpc ? { vpc_id: opt(v.vpc_id), connect_subnet: opt(v.connect_subnet), local_subnets: subnets } : { er_id: opt(v.er_id) }),
    access_vpc_id: opt(v.access_vpc_id),
    access_subnet_id: opt(v.access_subnet_id),
    bgp_asn: v.bgp_asn ?? undefined,
    ...(isPublic
      ? { eip1: eipOf(v.eip1), eip2: eipOf(v.eip2) }
      : { access_private_ip_1: opt(v.access_private_ip_1), access_private_ip_2: opt(v.access_private_ip_2) }),
    tags: v.tags.length > 0 ? v.tags : undefined,
  };
}

/** Zones OTC offers for the flavor and attachment type (AZ response keys are lower-case for the flavors). */
export type ZoneOffer = Record<string, { vpc?: string[] | undefined; er?: string[] | undefined }>;

export function offeredZones(zones: ZoneOffer | undefined, flavor: GatewayFlavor, attachment: 'vpc' | 'er'): string[] | undefined {
  if (!zones) return undefined;
  return zones[flavor.toLowerCase()]?.[attachment] ?? [];
}

/** The form schema: values → request → contract rules, plus the zone rule that needs the AZ answer. */
export function gatewayFormSchema(zones: ZoneOffer | undefined) {
  return z
    .custom<GatewayFormValues>((v) => typeof v === 'object' && v !== null)
    .transform(toCreateInput)
    .pipe(createVpnGatewaySchema)
    .superRefine((gw: CreateVpnGateway, ctx) => {
      const offered = offeredZones(zones, gw.flavor, gw.attachment_type);
      if (!offered) return;
      const path = ['availability_zone_ids'];
      if (offered.length === 0) {
        ctx.addIssue({ code: 'custom', path, message: `No availability zone offers ${gw.flavor} gateways with this attachment; choose another flavor` });
        return;
      }
      const chosen = gw.availability_zone_ids ?? [];
      const wanted = Math.min(2, offered.length);
      if (chosen.length > 0 && chosen.length !== wanted) {
        ctx.addIssue({ code: 'custom', path, message: wanted === 2 ? 'Tick two zones (one per gateway node), or none to let OTC choose' : 'Tick the one offered zone, or none' });
      }
    });
}
