import { z } from 'zod';
import { ipv4Schema } from './common.ts';

// v5 IKE / IPsec / DPD policy objects (seed 002 tables 5–7). Create applies the documented defaults;
// update sends only what changes, so its variants carry no defaults.

export const AUTH_ALGORITHMS = ['sha2-512', 'sha2-384', 'sha2-256', 'sha1', 'md5'] as const;
export const ENCRYPTION_ALGORITHMS = ['aes-256-gcm-16', 'aes-128-gcm-16', 'aes-256', 'aes-192', 'aes-128', '3des'] as const;
export const DH_GROUPS = ['group1', 'group2', 'group5', 'group14', 'group15', 'group16', 'group19', 'group20', 'group21'] as const;
export const PFS_GROUPS = [...DH_GROUPS, 'disable'] as const;
export const DPD_MESSAGES = ['seq-hash-notify', 'seq-notify-hash'] as const;

/** Choices the docs flag as low security, with the short reason the console shows beside them. */
export const WEAK_CHOICES: Readonly<Record<string, string>> = {
  md5: 'MD5 is broken: collisions are practical',
  sha1: 'SHA-1 is deprecated: collisions are practical',
  '3des': '3DES has a 64-bit block and is deprecated',
  group1: 'DH group 1 (768-bit) can be broken',
  group2: 'DH group 2 (1024-bit) is too weak today',
  group5: 'DH group 5 (1536-bit) is below current recommendations',
  group14: 'DH group 14 (2048-bit) is the minimum; prefer group 15 or higher',
};

export function isGcm(algorithm: string | undefined): boolean {
  return typeof algorithm === 'string' && algorithm.endsWith('-gcm-16');
}

function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, { error: `${field} must be one of ${values.join(', ')}` });
}

function seconds(field: string, min: number, max: number) {
  const msg = `${field} must be a whole number of seconds from ${min} to ${max}`;
  return z.number({ error: msg }).int(msg).min(min, msg).max(max, msg);
}

const idType = (field: string) =>
  z.enum(['ip'], {
    error: (iss) =>
      iss.input === 'fqdn' ? 'FQDN identities are not supported by OTC yet; use ip' : `${field} must be ip`,
  });

const dpdFields = {
  timeout: seconds('DPD timeout', 2, 60),
  interval: seconds('DPD interval', 10, 3600),
  msg: oneOf('DPD message format', DPD_MESSAGES),
};

export const dpdSchema = z.strictObject({
  timeout: dpdFields.timeout.default(15),
  interval: dpdFields.interval.default(30),
  msg: dpdFields.msg.default('seq-hash-notify'),
});
export const updateDpdSchema = z.strictObject(dpdFields).partial();

const ikeFields = {
  ike_version: oneOf('IKE version', ['v1', 'v2']),
  phase1_negotiation_mode: oneOf('Negotiation mode', ['main', 'aggressive']),
  authentication_algorithm: oneOf('IKE authentication algorithm', AUTH_ALGORITHMS),
  encryption_algorithm: oneOf('IKE encryption algorithm', ENCRYPTION_ALGORITHMS),
  dh_group: oneOf('DH group', DH_GROUPS),
  lifetime_seconds: seconds('IKE SA lifetime', 60, 604800),
  local_id_type: idType('local_id_type'),
  local_id: ipv4Schema('The local ID'),
  peer_id_type: idType('peer_id_type'),
  peer_id: ipv4Schema('The peer ID'),
};

type IkeLike = { ike_version?: string; phase1_negotiation_mode?: string; encryption_algorithm?: string; local_id?: string; peer_id?: string };

/** Rules inside one IKE policy; the IKEv2-only GCM rule for the IPsec policy is checked on the connection. */
export function checkIkePolicy(ike: IkeLike, ctx: z.RefinementCtx, defaultVersion: string | undefined) {
  const version = ike.ike_version ?? defaultVersion;
  if (ike.phase1_negotiation_mode !== undefined && version === 'v2') {
    ctx.addIssue({
      code: 'custom',
      path: ['phase1_negotiation_mode'],
      message: 'The negotiation mode applies only to IKEv1; remove it or choose IKE version v1',
    });
  }
  if (isGcm(ike.encryption_algorithm) && version === 'v1') {
    ctx.addIssue({
      code: 'custom',
      path: ['encryption_algorithm'],
      message: `${ike.encryption_algorithm} (GCM) works only with IKEv2; choose IKE version v2 or a non-GCM cipher such as aes-256`,
    });
  }
  if (ike.local_id !== undefined && ike.local_id === ike.peer_id) {
    ctx.addIssue({ code: 'custom', path: ['peer_id'], message: 'The peer ID must differ from the local ID' });
  }
}

export const ikePolicySchema = z
  .strictObject({
    ike_version: ikeFields.ike_version.default('v2'),
    phase1_negotiation_mode: ikeFields.phase1_negotiation_mode.optional(),
    authentication_algorithm: ikeFields.authentication_algorithm.default('sha2-256'),
    encryption_algorithm: ikeFields.encryption_algorithm.default('aes-128'),
    dh_group: ikeFields.dh_group.default('group15'),
    authentication_method: oneOf('authentication_method', ['pre-share']).default('pre-share'),
    lifetime_seconds: ikeFields.lifetime_seconds.default(86400),
    local_id_type: ikeFields.local_id_type.default('ip'),
    local_id: ikeFields.local_id.optional(),
    peer_id_type: ikeFields.peer_id_type.default('ip'),
    peer_id: ikeFields.peer_id.optional(),
    dpd: dpdSchema.prefault({}),
  })
  .superRefine((ike, ctx) => checkIkePolicy(ike, ctx, 'v2'));
export type IkePolicy = z.output<typeof ikePolicySchema>;

/** UpdateIkePolicy: no authentication_method and no defaults. Version-dependent rules are checked after merging. */
export const updateIkePolicySchema = z
  .strictObject({ ...ikeFields, dpd: updateDpdSchema })
  .partial()
  .superRefine((ike, ctx) => checkIkePolicy(ike, ctx, undefined));

const ipsecFields = {
  authentication_algorithm: oneOf('IPsec authentication algorithm', AUTH_ALGORITHMS),
  encryption_algorithm: oneOf('IPsec encryption algorithm', ENCRYPTION_ALGORITHMS),
  pfs: oneOf('PFS', PFS_GROUPS),
  transform_protocol: oneOf('Transform protocol', ['esp']),
  lifetime_seconds: seconds('IPsec SA lifetime', 30, 604800),
  encapsulation_mode: oneOf('Encapsulation mode', ['tunnel']),
};

export const ipsecPolicySchema = z.strictObject({
  authentication_algorithm: ipsecFields.authentication_algorithm.default('sha2-256'),
  encryption_algorithm: ipsecFields.encryption_algorithm.default('aes-128'),
  pfs: ipsecFields.pfs.default('group15'),
  transform_protocol: ipsecFields.transform_protocol.default('esp'),
  lifetime_seconds: ipsecFields.lifetime_seconds.default(3600),
  encapsulation_mode: ipsecFields.encapsulation_mode.default('tunnel'),
});
export type IpsecPolicy = z.output<typeof ipsecPolicySchema>;

export const updateIpsecPolicySchema = z.strictObject(ipsecFields).partial();

/** Response shapes: plain strings so a value the real cloud adds later still renders. */
export const ikePolicyResponseSchema = z.object({
  ike_version: z.string().optional(),
  phase1_negotiation_mode: z.string().optional(),
  authentication_algorithm: z.string().optional(),
  encryption_algorithm: z.string().optional(),
  dh_group: z.string().optional(),
  authentication_method: z.string().optional(),
  lifetime_seconds: z.number().optional(),
  local_id_type: z.string().optional(),
  local_id: z.string().optional(),
  peer_id_type: z.string().optional(),
  peer_id: z.string().optional(),
  dpd: z.object({ timeout: z.number().optional(), interval: z.number().optional(), msg: z.string().optional() }).optional(),
});

export const ipsecPolicyResponseSchema = z.object({
  authentication_algorithm: z.string().optional(),
  encryption_algorithm: z.string().optional(),
  pfs: z.string().optional(),
  transform_protocol: z.string().optional(),
  lifetime_seconds: z.number().optional(),
  encapsulation_mode: z.string().optional(),
});
