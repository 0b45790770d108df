import { z } from 'zod';
import { AUTH_ALGORITHMS, PFS_GROUPS } from '../crypto-policy.ts';
import { DPD_ACTIONS } from './classic-common.ts';
import { CLASSIC_ENCRYPTION } from './classic-policies.ts';
import { INITIATORS } from './ipsec-site-connection.ts';

// The classic connection wizard's values: each dependency is either picked ("existing") or created on the spot
// ("new"), so both variants' fields live side by side. Every field has a fallback so a stale draft still loads.

export const DEPENDENCY_MODES = ['existing', 'new'] as const;
export type DependencyMode = (typeof DEPENDENCY_MODES)[number];

/** The classic console's defaults (UMN "Creating a VPN"), stronger than the API's own (v1, sha1, group5). */
export const CLASSIC_IKE_DEFAULTS = { ike_version: 'v2', auth_algorithm: 'sha2-256', encryption_algorithm: 'aes-128', pfs: 'group14', lifetime: 86400 } as const;
export const CLASSIC_IPSEC_DEFAULTS = { auth_algorithm: 'sha2-256', encryption_algorithm: 'aes-128', pfs: 'group14', transform_protocol: 'esp', lifetime: 3600 } as const;

const str = z.string().catch('');
const mode = z.enum(DEPENDENCY_MODES).catch('new');
const seconds = (fallback: number) => z.number().nullable().catch(fallback);
// A missing or malformed nested object falls back field by field.
const nested = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v !== null && typeof v === 'object' ? v : {}), schema);
const auth = z.enum(AUTH_ALGORITHMS).catch('sha2-256');
const encryption = z.enum(CLASSIC_ENCRYPTION).catch('aes-128');
const pfs = z.enum(PFS_GROUPS).catch('group14');

export const classicWizardValuesSchema = z.object({
  service: nested(z.object({ mode, id: str, router_id: str, name: str })),
  ike: nested(
    z.object({
      mode,
      id: str,
      name: str,
      ike_version: z.enum(['v1', 'v2']).catch(CLASSIC_IKE_DEFAULTS.ike_version),
      auth_algorithm: auth,
      encryption_algorithm: encryption,
      pfs,
      lifetime: seconds(CLASSIC_IKE_DEFAULTS.lifetime),
    }),
  ),
  ipsec: nested(
    z.object({
      mode,
      id: str,
      name: str,
      auth_algorithm: auth,
      encryption_algorithm: encryption,
      pfs,
      transform_protocol: z.enum(['esp', 'ah', 'ah-esp']).catch('esp'),
      lifetime: seconds(CLASSIC_IPSEC_DEFAULTS.lifetime),
    }),
  ),
  local: nested(z.object({ mode, id: str, name: str, subnet_ids: z.array(z.string()).catch([]) })),
  peer: nested(z.object({ mode, id: str, name: str, cidrs: z.array(z.string()).min(1).catch(['']) })),
  name: str,
  peer_address: str,
  peer_id: str,
  psk: str,
  psk_confirm: str,
  initiator: z.enum(INITIATORS).catch('bi-directional'),
  dpd: nested(
    z.object({
      action: z.enum(DPD_ACTIONS).catch('hold'),
      interval: seconds(30),
      timeout: seconds(120),
    }),
  ),
});
export type ClassicWizardValues = z.output<typeof classicWizardValuesSchema>;

/** A fresh wizard: every dependency created on the spot, with the classic console's defaults. */
export function defaultClassicWizardValues(): ClassicWizardValues {
  return classicWizardValuesSchema.parse({});
}
