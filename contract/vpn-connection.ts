import { z } from 'zod';
import { isUuid, nameSchema, tagsSchema, text, uuidSchema, v5PskSchema } from './common.ts';
import {
  ikePolicyResponseSchema,
  ikePolicySchema,
  ipsecPolicyResponseSchema,
  ipsecPolicySchema,
  isGcm,
  updateIkePolicySchema,
  updateIpsecPolicySchema,
} from './crypto-policy.ts';
import { parseIpv4 } from './ipv4.ts';
import {
  checkTunnelPair,
  customerSubnetsSchema,
  policyRulesSchema,
  requiredCustomerSubnetsSchema,
  tunnelAddressSchema,
} from './network.ts';
import { connectionStatusSchema } from './status.ts';

export const CONNECTION_STYLES = ['static', 'policy', 'bgp'] as const;
export type ConnectionStyle = (typeof CONNECTION_STYLES)[number];

/** Message for a missing or non-object wrapper such as {"vpn_connection": {...}}. */
export const wrapperMissing = (key: string) => `${key} is required: send the object wrapped as {"${key}": {...}}`;

/** A field that exists only for other styles: sending it is an error that says where it belongs. */
const onlyFor = (field: string, where: string) =>
  z.never({ error: `${field} applies only to ${where}; remove it or change the style` }).optional();

const tunnelLocal = tunnelAddressSchema('The local tunnel address');
const tunnelPeer = tunnelAddressSchema('The customer tunnel address');

const commonCreateFields = {
  name: nameSchema.optional(),
  vgw_id: uuidSchema('vgw_id', 'Choose a VPN gateway (vgw_id is required)'),
  vgw_ip: text('vgw_ip', 'Choose the VPN gateway IP (vgw_ip is required)').refine(
    (v) => isUuid(v) || parseIpv4(v) !== null,
    'vgw_ip must be the EIP id (UUID) of a public gateway or a private IPv4 address of a private gateway',
  ),
  cgw_id: uuidSchema('cgw_id', 'Choose a customer gateway (cgw_id is required)'),
  psk: v5PskSchema,
  ikepolicy: ikePolicySchema.prefault({}),
  ipsecpolicy: ipsecPolicySchema.prefault({}),
  ha_role: z.enum(['master', 'slave'], { error: 'ha_role must be master or slave' }).default('master'),
  tags: tagsSchema.optional(),
};

interface ConnectionLike {
  tunnel_local_address?: string;
  tunnel_peer_address?: string;
  ikepolicy: { ike_version?: string };
  ipsecpolicy: { encryption_algorithm?: string };
}

function connectionRules(c: ConnectionLike, ctx: z.RefinementCtx) {
  checkTunnelPair(c.tunnel_local_address, c.tunnel_peer_address, ctx);
  if (isGcm(c.ipsecpolicy.encryption_algorithm) && c.ikepolicy.ike_version === 'v1') {
    ctx.addIssue({
      code: 'custom',
      path: ['ipsecpolicy', 'encryption_algorithm'],
      message: `${c.ipsecpolicy.encryption_algorithm} (GCM) works only with IKEv2; choose IKE version v2 or a non-GCM cipher such as aes-256`,
    });
  }
}

const staticSchema = z
  .strictObject({
    style: z.literal('static'),
    ...commonCreateFields,
    peer_subnets: requiredCustomerSubnetsSchema,
    tunnel_local_address: tunnelLocal.optional(),
    tunnel_peer_address: tunnelPeer.optional(),
    enable_nqa: z.boolean({ error: 'enable_nqa must be true or false' }).default(false),
    enable_hub: onlyFor('enable_hub (branch interconnection)', 'BGP connections'),
    policy_rules: onlyFor('policy_rules', 'policy-based connections'),
  })
  .superRefine(connectionRules);

const policySchema = z
  .strictObject({
    style: z.literal('policy'),
    ...commonCreateFields,
    // Optional here only because ER-attached gateways allow omitting it; the server and wizard check the gateway.
    peer_subnets: customerSubnetsSchema.optional(),
    policy_rules: policyRulesSchema,
    tunnel_local_address: onlyFor('tunnel_local_address', 'static and BGP connections'),
    tunnel_peer_address: onlyFor('tunnel_peer_address', 'static and BGP connections'),
    enable_nqa: onlyFor('enable_nqa (NQA link detection)', 'static routing connections'),
    enable_hub: onlyFor('enable_hub (branch interconnection)', 'BGP connections'),
  })
  .superRefine(connectionRules);

const bgpSchema = z
  .strictObject({
    style: z.literal('bgp'),
    ...commonCreateFields,
    peer_subnets: customerSubnetsSchema.optional(),
    tunnel_local_address: tunnelLocal.optional(),
    tunnel_peer_address: tunnelPeer.optional(),
    enable_hub: z.boolean({ error: 'enable_hub must be true or false' }).default(false),
    enable_nqa: onlyFor('enable_nqa (NQA link detection)', 'static routing connections'),
    policy_rules: onlyFor('policy_rules', 'policy-based connections'),
  })
  .superRefine(connectionRules);

/** The connection body of POST /v5/{project_id}/vpn-connection, discriminated on style. */
export const createVpnConnectionSchema = z.discriminatedUnion('style', [staticSchema, policySchema, bgpSchema], {
  error: (iss) => {
    if ((iss.code as string) === 'invalid_type' || typeof iss.input !== 'object' || iss.input === null) return wrapperMissing('vpn_connection');
    const style = (iss.input as { style?: unknown } | undefined)?.style;
    if (style === 'policy-template') return 'The policy-template style is no longer offered by OTC; use policy';
    return `style must be static, policy or bgp${style === undefined ? '' : `, not ${JSON.stringify(style)}`}`;
  },
});
export type CreateVpnConnection = z.output<typeof createVpnConnectionSchema>;
export type CreateVpnConnectionInput = z.input<typeof createVpnConnectionSchema>;

const withDefaultStyle = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !('style' in value)
    ? { ...value, style: 'static' }
    : value;


export const createVpnConnectionRequestSchema = z.strictObject({
  vpn_connection: z.preprocess(withDefaultStyle, createVpnConnectionSchema),
});

/** PUT body: only the documented updatable fields; style, gateway, gateway IP, HA role, NQA and tags are not. */
export const updateVpnConnectionSchema = z
  .strictObject({
    name: nameSchema,
    cgw_id: uuidSchema('cgw_id'),
    peer_subnets: requiredCustomerSubnetsSchema,
    tunnel_local_address: tunnelLocal,
    tunnel_peer_address: tunnelPeer,
    enable_hub: z.boolean({ error: 'enable_hub must be true or false' }),
    psk: v5PskSchema,
    policy_rules: policyRulesSchema,
    ikepolicy: updateIkePolicySchema,
    ipsecpolicy: updateIpsecPolicySchema,
  })
  .partial();
export type UpdateVpnConnection = z.output<typeof updateVpnConnectionSchema>;

export const updateVpnConnectionRequestSchema = z.strictObject({
  vpn_connection: updateVpnConnectionSchema,
});

const responsePolicyRuleSchema = z.object({
  rule_index: z.number().optional(),
  source: z.string(),
  destination: z.array(z.string()),
});

/** ResponseVpnConnection (show, list, update; create lacks status). Unknown and deprecated fields are dropped. */
export const vpnConnectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: connectionStatusSchema.catch('UNKNOWN').optional(),
  vgw_id: z.string(),
  vgw_ip: z.string(),
  style: z.preprocess((s) => (typeof s === 'string' ? s.toUpperCase() : s), z.enum(['STATIC', 'POLICY', 'BGP'])),
  cgw_id: z.string(),
  peer_subnets: z.array(z.string()).optional(),
  tunnel_local_address: z.string().optional(),
  tunnel_peer_address: z.string().optional(),
  enable_nqa: z.boolean().optional(),
  enable_hub: z.boolean().optional(),
  policy_rules: z.array(responsePolicyRuleSchema).optional(),
  ikepolicy: ikePolicyResponseSchema.optional(),
  ipsecpolicy: ipsecPolicyResponseSchema.optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  enterprise_project_id: z.string().optional(),
  connection_monitor_id: z.string().optional(),
  ha_role: z.string().optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
});
export type VpnConnection = z.infer<typeof vpnConnectionSchema>;

export const vpnConnectionResponseSchema = z.object({
  vpn_connection: vpnConnectionSchema,
  request_id: z.string().optional(),
});

export const pageInfoSchema = z.object({
  next_marker: z.string().optional(),
  current_count: z.number().int(),
});

export const vpnConnectionListResponseSchema = z.object({
  vpn_connections: z.array(vpnConnectionSchema),
  page_info: pageInfoSchema.optional(),
  total_count: z.number().int().optional(),
  request_id: z.string().optional(),
});
export type VpnConnectionList = z.infer<typeof vpnConnectionListResponseSchema>;

/** List query parameters; limit 0–2000 (default 2000) and marker must come with limit. */
export const vpnConnectionListQuerySchema = z
  .object({
    vgw_id: z.string().optional(),
    vgw_ip: z.string().optional(),
    enterprise_project_id: z.string().optional(),
    limit: z.coerce
      .number({ error: 'limit must be a whole number from 0 to 2000' })
      .int('limit must be a whole number from 0 to 2000')
      .min(0, 'limit must be a whole number from 0 to 2000')
      .max(2000, 'limit must be a whole number from 0 to 2000')
      .optional(),
    marker: z.string().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.marker !== undefined && q.limit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['marker'], message: 'marker must be used together with limit' });
    }
  });
