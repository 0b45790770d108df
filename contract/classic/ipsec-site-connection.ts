import { z } from 'zod';
import { text } from '../common.ts';
import {
  classicDpdSchema,
  classicDpdUpdateSchema,
  classicIdSchema,
  classicNameSchema,
  classicPskSchema,
  forbidden,
  peerAddressSchema,
  peerIdSchema,
  tenantIdSchema,
} from './classic-common.ts';

// Classic IPsec site connection (/v2.0/vpn/ipsec-site-connections). Fields generic OpenStack consoles expose but
// OTC forbids are accepted only with their one allowed value, or refused with the reason.

export const INITIATORS = ['bi-directional', 'response-only'] as const;
export const INITIATOR_HELP: Record<(typeof INITIATORS)[number], string> = {
  'bi-directional': 'The cloud side both starts negotiations and answers them (default)',
  'response-only': 'The cloud side only answers: the customer device must start the tunnel',
};

const mtu = z.literal(1500, { error: 'OTC allows only MTU 1500 for classic VPN connections; remove mtu or send 1500' });
const adminStateUp = z.literal(true, { error: 'OTC accepts only admin_state_up true; false leaves the connection frozen' });
const description = forbidden('description is reserved for OTC internal components and cannot be set; remove it');
// Deprecated: the customer CIDRs belong in a peer endpoint group. An empty list (what OTC echoes) is harmless.
const peerCidrs = z
  .array(text('peer_cidrs'))
  .max(0, 'peer_cidrs is deprecated; put the customer CIDRs in a peer endpoint group (type cidr) and send peer_ep_group_id');

const commonFields = {
  name: classicNameSchema.optional(),
  initiator: z.enum(INITIATORS, { error: 'initiator must be bi-directional or response-only' }),
  peer_address: peerAddressSchema,
  peer_id: peerIdSchema,
  psk: classicPskSchema,
  local_ep_group_id: classicIdSchema('local_ep_group_id', 'Choose the local endpoint group (VPC subnets)'),
  peer_ep_group_id: classicIdSchema('peer_ep_group_id', 'Choose the peer endpoint group (customer CIDRs)'),
  mtu: mtu.optional(),
  admin_state_up: adminStateUp.optional(),
  description,
  peer_cidrs: peerCidrs.optional(),
};

export const createIpsecSiteConnectionSchema = z.strictObject({
  ...commonFields,
  initiator: commonFields.initiator.default('bi-directional'),
  ikepolicy_id: classicIdSchema('ikepolicy_id', 'Choose an IKE policy'),
  ipsecpolicy_id: classicIdSchema('ipsecpolicy_id', 'Choose an IPsec policy'),
  vpnservice_id: classicIdSchema('vpnservice_id', 'Choose a VPN service'),
  dpd: classicDpdSchema.prefault({}),
  tenant_id: tenantIdSchema.optional(),
});
export type CreateIpsecSiteConnection = z.output<typeof createIpsecSiteConnectionSchema>;
export type CreateIpsecSiteConnectionInput = z.input<typeof createIpsecSiteConnectionSchema>;
export const createIpsecSiteConnectionRequestSchema = z.strictObject({ ipsec_site_connection: createIpsecSiteConnectionSchema });

const notUpdatable = (field: string) => forbidden(`${field} cannot be changed on an existing connection; create a new connection instead`);

export const updateIpsecSiteConnectionSchema = z
  .strictObject({
    ...commonFields,
    name: classicNameSchema,
    dpd: classicDpdUpdateSchema,
    ikepolicy_id: notUpdatable('ikepolicy_id'),
    ipsecpolicy_id: notUpdatable('ipsecpolicy_id'),
    vpnservice_id: notUpdatable('vpnservice_id'),
    tenant_id: notUpdatable('tenant_id'),
  })
  .partial();
export type UpdateIpsecSiteConnection = z.output<typeof updateIpsecSiteConnectionSchema>;
export const updateIpsecSiteConnectionRequestSchema = z.strictObject({ ipsec_site_connection: updateIpsecSiteConnectionSchema });

export const CLASSIC_STATUSES = ['ACTIVE', 'DOWN', 'BUILD', 'ERROR', 'PENDING_CREATE', 'PENDING_UPDATE', 'PENDING_DELETE'] as const;

export const ipsecSiteConnectionSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  status: z.string(),
  initiator: z.string().optional(),
  admin_state_up: z.boolean().optional(),
  tenant_id: z.string().optional(),
  project_id: z.string().optional(),
  auth_mode: z.string().optional(),
  route_mode: z.string().optional(),
  mtu: z.number().optional(),
  peer_cidrs: z.array(z.string()).optional(),
  peer_address: z.string(),
  peer_id: z.string(),
  ikepolicy_id: z.string(),
  ipsecpolicy_id: z.string(),
  vpnservice_id: z.string(),
  local_ep_group_id: z.string().nullable().optional(),
  peer_ep_group_id: z.string().nullable().optional(),
  dpd: z.object({ action: z.string(), interval: z.number(), timeout: z.number() }).optional(),
  created_at: z.string().optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
});
export type IpsecSiteConnection = z.infer<typeof ipsecSiteConnectionSchema>;
export const ipsecSiteConnectionResponseSchema = z.object({ ipsec_site_connection: ipsecSiteConnectionSchema });
export const ipsecSiteConnectionListResponseSchema = z.object({ ipsec_site_connections: z.array(ipsecSiteConnectionSchema) });
