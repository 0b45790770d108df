import { z } from 'zod';
import { classicWizardValuesSchema, type ClassicWizardValues } from '../classic/classic-wizard-values.ts';

// Reads a classic connection exported as JSON (our export: the connection with its policies and endpoint groups)
// back into classic wizard values, to clone it to a new site. Objects of this project are picked again by id;
// objects it does not have are created anew from the file's parameters. What belongs to the old site is cleared.

const str = z.string().optional();
const lifetime = z.looseObject({ units: z.string().optional(), value: z.number().optional() }).optional();
const policySchema = z.looseObject({
  name: str,
  auth_algorithm: str,
  encryption_algorithm: str,
  ike_version: str,
  pfs: str,
  transform_protocol: str,
  lifetime,
});
const groupSchema = z.looseObject({ endpoint_group: z.looseObject({ name: str, type: str, endpoints: z.array(z.string()) }) });
const bundleSchema = z.looseObject({
  ikepolicy: policySchema.optional(),
  ipsecpolicy: policySchema.optional(),
  local_endpoint_group: groupSchema.optional(),
  peer_endpoint_group: groupSchema.optional(),
  ipsec_site_connection: z.looseObject({
    name: str,
    initiator: str,
    vpnservice_id: str,
    ikepolicy_id: str,
    ipsecpolicy_id: str,
    local_ep_group_id: str,
    peer_ep_group_id: str,
    peer_cidrs: z.array(z.string()).optional(),
    dpd: z.looseObject({ action: str, interval: z.number().optional(), timeout: z.number().optional() }).optional(),
    psk: z.unknown().optional(),
  }),
});
type Bundle = z.infer<typeof bundleSchema>;

/** The ids this project has, so the clone picks them instead of creating copies. */
export interface KnownClassicIds {
  vpnServices?: readonly string[] | undefined;
  ikePolicies?: readonly string[] | undefined;
  ipsecPolicies?: readonly string[] | undefined;
  endpointGroups?: readonly string[] | undefined;
}

export interface ClassicClone {
  label: string;
  values: ClassicWizardValues;
  /** What was reset or must be checked for the new site, in plain words. */
  notes: string[];
}

export type ClassicImportResult = { ok: true; clones: ClassicClone[] } | { ok: false; error: string };

const has = (ids: readonly string[] | undefined, id: string | undefined): id is string => id !== undefined && (ids ?? []).includes(id);
const seconds = (l: z.infer<typeof lifetime>) => (l?.units === undefined || l.units === 'seconds' ? l?.value : undefined);

function policy(p: z.infer<typeof policySchema> | undefined, id: string | undefined, known: readonly string[] | undefined) {
  if (has(known, id)) return { mode: 'existing', id };
  return { mode: 'new', ...p, lifetime: seconds(p?.lifetime) };
}

function toClone(b: Bundle, index: number, known: KnownClassicIds): ClassicClone {
  const c = b.ipsec_site_connection;
  const notes = ["Enter the new site's remote gateway address and peer ID: the original site's are not copied."];
  if (c.psk !== undefined) notes.push('The file contains a pre-shared key; it was not imported. Type a new key for the new site.');
  const service = has(known.vpnServices, c.vpnservice_id) ? { mode: 'existing', id: c.vpnservice_id } : { mode: 'new' };
  if (service.mode === 'new') notes.push("The original VPN service is not in this project: choose or create one (the VPC's VPN endpoint).");
  const newPolicies = [has(known.ikePolicies, c.ikepolicy_id) ? [] : ['IKE'], has(known.ipsecPolicies, c.ipsecpolicy_id) ? [] : ['IPsec']].flat();
  if (newPolicies.length > 0) notes.push(`The ${newPolicies.join(' and ')} polic${newPolicies.length > 1 ? 'ies are' : 'y is'} not in this project and will be created with the file's settings.`);
  const localKnown = has(known.endpointGroups, c.local_ep_group_id);
  const local = localKnown ? { mode: 'existing', id: c.local_ep_group_id } : { mode: 'new', name: b.local_endpoint_group?.endpoint_group.name, subnet_ids: b.local_endpoint_group?.endpoint_group.endpoints };
  if (!localKnown) notes.push('The local subnets are the original ones: check that they belong to the chosen VPN service\'s VPC.');
  const cidrs = b.peer_endpoint_group?.endpoint_group.endpoints ?? c.peer_cidrs ?? [''];
  notes.push("The customer CIDR blocks are the original site's: replace them with the new site's networks.");
  const values = classicWizardValuesSchema.parse({
    service,
    ike: policy(b.ikepolicy, c.ikepolicy_id, known.ikePolicies),
    ipsec: policy(b.ipsecpolicy, c.ipsecpolicy_id, known.ipsecPolicies),
    local,
    peer: { mode: 'new', name: b.peer_endpoint_group?.endpoint_group.name, cidrs: cidrs.length > 0 ? cidrs : [''] },
    name: c.name ? `${c.name}-copy`.slice(0, 64) : '',
    peer_address: '',
    peer_id: '',
    psk: '',
    psk_confirm: '',
    initiator: c.initiator,
    dpd: c.dpd,
  });
  return { label: c.name ?? `Connection ${index + 1}`, values, notes };
}

const candidates = (doc: unknown): unknown[] => (Array.isArray(doc) ? doc : [doc]);

/** Parses the text of an exported classic file; errors say what was expected. */
export function parseClassicImport(text: string, known: KnownClassicIds = {}): ClassicImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not JSON (${error instanceof Error ? error.message : 'parse error'}); choose a file exported from a classic connection with Export → JSON` };
  }
  const clones: ClassicClone[] = [];
  for (const [i, raw] of candidates(doc).entries()) {
    const parsed = bundleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'the file';
      return { ok: false, error: `Connection ${i + 1}: ${where} ${issue?.message ?? 'is not valid'}; expected {"ipsec_site_connection": {...}, "ikepolicy": {...}, …} as Export → JSON writes it` };
    }
    clones.push(toClone(parsed.data, i, known));
  }
  if (clones.length === 0) return { ok: false, error: 'The file holds no classic connection: expected {"ipsec_site_connection": {...}, …} or a list of those' };
  return { ok: true, clones };
}
