import { z } from 'zod';
import { AUTH_ALGORITHMS, PFS_GROUPS } from '../crypto-policy.ts';
import { classicDescriptionSchema, classicNameSchema, lifetimeSchema, tenantIdSchema } from './classic-common.ts';

// Classic IKE and IPsec policies (/v2.0/vpn/ikepolicies, /v2.0/vpn/ipsecpolicies).
// Defaults are the API's (ike v1, group5, sha1), not the classic console's; the console pre-selects stronger ones.

export const CLASSIC_ENCRYPTION = ['3des', 'aes-128', 'aes-192', 'aes-256'] as const;

const oneOf = <const T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { error: `${field} must be one of ${values.join(', ')}` });

const ikeShape = {
  name: classicNameSchema,
  description: classicDescriptionSchema,
  auth_algorithm: oneOf('auth_algorithm', AUTH_ALGORITHMS),
  encryption_algorithm: oneOf('encryption_algorithm', CLASSIC_ENCRYPTION),
  ike_version: oneOf('ike_version', ['v1', 'v2']),
  pfs: oneOf('pfs', PFS_GROUPS),
  phase1_negotiation_mode: oneOf('phase1_negotiation_mode', ['main']),
  lifetime: lifetimeSchema,
};

export const createIkePolicySchema = z.strictObject({
  ...ikeShape,
  name: ikeShape.name.optional(),
  description: ikeShape.description.optional(),
  auth_algorithm: ikeShape.auth_algorithm.default('sha1'),
  encryption_algorithm: ikeShape.encryption_algorithm.default('aes-128'),
  ike_version: ikeShape.ike_version.default('v1'),
  pfs: ikeShape.pfs.default('group5'),
  phase1_negotiation_mode: ikeShape.phase1_negotiation_mode.default('main'),
  lifetime: lifetimeSchema.prefault({}),
  tenant_id: tenantIdSchema.optional(),
});
export type CreateIkePolicy = z.output<typeof createIkePolicySchema>;
export const createIkePolicyRequestSchema = z.strictObject({ ikepolicy: createIkePolicySchema });
export const updateIkePolicyRequestSchema = z.strictObject({ ikepolicy: z.strictObject(ikeShape).partial() });

const ipsecShape = {
  name: classicNameSchema,
  description: classicDescriptionSchema,
  auth_algorithm: oneOf('auth_algorithm', AUTH_ALGORITHMS),
  encryption_algorithm: oneOf('encryption_algorithm', CLASSIC_ENCRYPTION),
  pfs: oneOf('pfs', PFS_GROUPS),
  transform_protocol: oneOf('transform_protocol', ['esp', 'ah', 'ah-esp']),
  encapsulation_mode: oneOf('encapsulation_mode', ['tunnel', 'transport']),
  lifetime: lifetimeSchema,
};

export const createIpsecPolicySchema = z.strictObject({
  ...ipsecShape,
  name: ipsecShape.name.optional(),
  description: ipsecShape.description.optional(),
  auth_algorithm: ipsecShape.auth_algorithm.default('sha1'),
  encryption_algorithm: ipsecShape.encryption_algorithm.default('aes-128'),
  pfs: ipsecShape.pfs.default('group5'),
  transform_protocol: ipsecShape.transform_protocol.default('esp'),
  encapsulation_mode: ipsecShape.encapsulation_mode.default('tunnel'),
  lifetime: lifetimeSchema.prefault({}),
  tenant_id: tenantIdSchema.optional(),
});
export type CreateIpsecPolicy = z.output<typeof createIpsecPolicySchema>;
export const createIpsecPolicyRequestSchema = z.strictObject({ ipsecpolicy: createIpsecPolicySchema });
export const updateIpsecPolicyRequestSchema = z.strictObject({ ipsecpolicy: z.strictObject(ipsecShape).partial() });

const lifetimeResponse = z.object({ units: z.string(), value: z.number() });

export const ikePolicySchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  auth_algorithm: z.string(),
  encryption_algorithm: z.string(),
  ike_version: z.string(),
  pfs: z.string(),
  phase1_negotiation_mode: z.string().optional(),
  lifetime: lifetimeResponse,
  tenant_id: z.string().optional(),
});
export type ClassicIkePolicy = z.infer<typeof ikePolicySchema>;

export const ipsecPolicySchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  auth_algorithm: z.string(),
  encryption_algorithm: z.string(),
  pfs: z.string(),
  transform_protocol: z.string(),
  encapsulation_mode: z.string(),
  lifetime: lifetimeResponse,
  tenant_id: z.string().optional(),
});
export type ClassicIpsecPolicy = z.infer<typeof ipsecPolicySchema>;

export const ikePolicyResponseSchema = z.object({ ikepolicy: ikePolicySchema });
export const ikePolicyListResponseSchema = z.object({ ikepolicies: z.array(ikePolicySchema) });
export const ipsecPolicyResponseSchema = z.object({ ipsecpolicy: ipsecPolicySchema });
export const ipsecPolicyListResponseSchema = z.object({ ipsecpolicies: z.array(ipsecPolicySchema) });
