import { z } from 'zod';
import type { CustomerGateway } from './customer-gateway.ts';
import {
  AUTH_ALGORITHMS,
  checkIkePolicy,
  DH_GROUPS,
  DPD_MESSAGES,
  ENCRYPTION_ALGORITHMS,
  ikePolicySchema,
  ipsecPolicySchema,
  PFS_GROUPS,
} from './crypto-policy.ts';
import { checkTunnelPair, requiredCustomerSubnetsSchema } from './network.ts';
import { CONNECTION_STYLES, createVpnConnectionSchema, type CreateVpnConnection } from './vpn-connection.ts';
import { gatewayAddresses, type VpnGateway } from './vpn-gateway.ts';

// The create-connection wizard's form: its values hold every style's fields at once (an unmounted step keeps
// its values), so validation first builds the request body of the chosen style and then checks it with the
// create schema, keeping the paths of the form. Every field has a fallback so a stale draft still loads.

const ike = ikePolicySchema.parse({});
const ipsec = ipsecPolicySchema.parse({});
const str = z.string().catch('');
const rows = z.array(z.string()).min(1).catch(['']);
const seconds = (fallback: number) => z.number().nullable().catch(fallback);
// A missing or malformed nested object falls back field by field.
const nested = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v !== null && typeof v === 'object' ? v : {}), schema);

export const connectionFormValuesSchema = z.object({
  style: z.enum(CONNECTION_STYLES).catch('static'),
  name: str,
  vgw_id: str,
  vgw_ip: str,
  ha_role: z.enum(['master', 'slave']).catch('master'),
  cgw_id: str,
  peer_subnets: rows,
  tunnel_mode: z.enum(['auto', 'manual']).catch('auto'),
  tunnel_local_address: str,
  tunnel_peer_address: str,
  enable_nqa: z.boolean().catch(false),
  enable_hub: z.boolean().catch(false),
  policy_rules: z.array(z.object({ source: str, destination: rows })).catch([{ source: '', destination: [''] }]),
  psk: str,
  psk_confirm: str,
  ikepolicy: nested(z.object({
    ike_version: z.enum(['v1', 'v2']).catch(ike.ike_version),
    phase1_negotiation_mode: z.enum(['main', 'aggressive']).catch('main'),
    authentication_algorithm: z.enum(AUTH_ALGORITHMS).catch(ike.authentication_algorithm),
    encryption_algorithm: z.enum(ENCRYPTION_ALGORITHMS).catch(ike.encryption_algorithm),
    dh_group: z.enum(DH_GROUPS).catch(ike.dh_group),
    lifetime_seconds: seconds(ike.lifetime_seconds),
    local_id: str,
    peer_id: str,
    dpd: nested(z.object({
      timeout: seconds(ike.dpd.timeout),
      interval: seconds(ike.dpd.interval),
      msg: z.enum(DPD_MESSAGES).catch(ike.dpd.msg),
    })),
  })),
  ipsecpolicy: nested(z.object({
    authentication_algorithm: z.enum(AUTH_ALGORITHMS).catch(ipsec.authentication_algorithm),
    encryption_algorithm: z.enum(ENCRYPTION_ALGORITHMS).catch(ipsec.encryption_algorithm),
    pfs: z.enum(PFS_GROUPS).catch(ipsec.pfs),
    lifetime_seconds: seconds(ipsec.lifetime_seconds),
  })),
  tags: z.array(z.object({ key: str, value: str })).catch([]),
});
export type ConnectionFormValues = z.output<typeof connectionFormValuesSchema>;

/** The form's starting values: the documented defaults, nothing chosen yet. */
export function defaultConnectionFormValues(style: ConnectionFormValues['style'] = 'static'): ConnectionFormValues {
  return connectionFormValuesSchema.parse({ style });
}

export const PSK_CONFIRM_MISSING = 'Type the pre-shared key again to confirm it';
export const PSK_CONFIRM_MISMATCH = 'The two pre-shared keys differ; type the same key in both fields (Generate fills both)';
export const BLANK_ROW = 'Enter a CIDR block such as 192.168.44.0/24, or remove this empty row';
export const BLANK_SOURCE = 'Enter the source CIDR block (a cloud-side subnet), e.g. 10.0.0.0/24';
const SUBNETS_REQUIRED = requiredCustomerSubnetsSchema.safeParse([]).error?.issues[0]?.message ?? 'Add a customer subnet';

/** Why connections cannot be added to this gateway now, or null when they can. */
export function gatewayUnavailableReason(gw: VpnGateway): string | null {
  if (gw.status !== undefined && gw.status !== 'ACTIVE') return `${gw.name} is ${gw.status}; connections can be added once it is ACTIVE`;
  const used = gw.used_connection_number ?? 0;
  if (gw.connection_number !== undefined && used >= gw.connection_number) {
    return `${gw.name} already uses ${used} of its ${gw.connection_number} connections; delete one or choose another gateway`;
  }
  if (gatewayAddresses(gw).length === 0) return `${gw.name} has no EIP or private IP bound yet`;
  return null;
}

/** The BGP ASN rule between the two ends (UMN): the customer gateway needs its own, different ASN. */
export function bgpAsnProblem(gw: VpnGateway, cgw: CustomerGateway): string | null {
  if (cgw.bgp_asn === undefined) {
    return `Customer gateway ${cgw.name} has no BGP ASN; BGP connections need a customer gateway created with one`;
  }
  if (gw.bgp_asn !== undefined && cgw.bgp_asn === gw.bgp_asn) {
    return `Customer gateway ${cgw.name} has BGP ASN ${cgw.bgp_asn}, the same as VPN gateway ${gw.name}; the two ends of a BGP connection need different ASNs: choose or create a customer gateway with another ASN`;
  }
  return null;
}

const blankToUndefined = (v: string) => (v.trim() === '' ? undefined : v);
const allBlank = (list: readonly string[]) => list.every((v) => v.trim() === '');

/** The request body of the chosen style, built from the form's values (not yet validated). */
export function connectionFormBody(values: ConnectionFormValues, gateway?: VpnGateway): Record<string, unknown> {
  const { style } = values;
  const subnetsOptional = style !== 'static' && gateway?.attachment_type === 'er';
  const manual = style !== 'policy' && values.tunnel_mode === 'manual';
  const v1 = values.ikepolicy.ike_version === 'v1';
  const { phase1_negotiation_mode, local_id, peer_id, ...ikeRest } = values.ikepolicy;
  return {
    style,
    name: blankToUndefined(values.name),
    vgw_id: blankToUndefined(values.vgw_id),
    vgw_ip: blankToUndefined(values.vgw_ip),
    cgw_id: blankToUndefined(values.cgw_id),
    psk: blankToUndefined(values.psk),
    ha_role: values.ha_role,
    peer_subnets: allBlank(values.peer_subnets) ? (subnetsOptional ? undefined : []) : values.peer_subnets,
    tunnel_local_address: manual ? values.tunnel_local_address : undefined,
    tunnel_peer_address: manual ? values.tunnel_peer_address : undefined,
    enable_nqa: style === 'static' ? values.enable_nqa : undefined,
    enable_hub: style === 'bgp' ? values.enable_hub : undefined,
    policy_rules: style === 'policy' ? values.policy_rules.map((r) => ({ ...r, destination: allBlank(r.destination) ? [] : r.destination })) : undefined,
    ikepolicy: {
      ...ikeRest,
      phase1_negotiation_mode: v1 ? phase1_negotiation_mode : undefined,
      local_id: blankToUndefined(local_id),
      peer_id: blankToUndefined(peer_id),
    },
    ipsecpolicy: values.ipsecpolicy,
    tags: values.tags.length > 0 ? values.tags : undefined,
  };
}

type Issue = { path: PropertyKey[]; message: string };

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), body);
}

// An empty row says "fill me or remove me" rather than `"" is not an IPv4 CIDR block`.
function blankMessage(body: unknown, path: readonly PropertyKey[]): string | null {
  if (valueAt(body, path) !== '') return null;
  const last = path[path.length - 1];
  if (typeof last === 'number' && (path[0] === 'peer_subnets' || path.includes('destination'))) return BLANK_ROW;
  return last === 'source' ? BLANK_SOURCE : null;
}

/** A refinement context that collects issues under a path prefix, to call the contract's checks directly. */
function collector(out: Issue[], prefix: PropertyKey[] = []): z.RefinementCtx {
  const addIssue = (arg: string | { path?: PropertyKey[]; message?: string }) =>
    typeof arg === 'string'
      ? out.push({ path: prefix, message: arg })
      : out.push({ path: [...prefix, ...(arg.path ?? [])], message: arg.message ?? '' });
  return { value: undefined, issues: [], addIssue } as unknown as z.RefinementCtx;
}

/**
 * The create schema's cross-field rules (tunnel pair, GCM needs IKEv2, IDs differ). Zod skips refinements while
 * any field has an aborting issue (a PSK or gateway not entered yet), but the wizard must report them on the
 * step where they arise, so they are also run here; duplicates are dropped later.
 */
function crossFieldIssues(values: ConnectionFormValues, body: Record<string, unknown>): Issue[] {
  const out: Issue[] = [];
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  checkTunnelPair(text(body.tunnel_local_address), text(body.tunnel_peer_address), collector(out));
  checkIkePolicy(body.ikepolicy as Parameters<typeof checkIkePolicy>[0], collector(out, ['ikepolicy']), 'v2');
  const ipsecCipher = { ike_version: values.ikepolicy.ike_version, encryption_algorithm: values.ipsecpolicy.encryption_algorithm };
  checkIkePolicy(ipsecCipher, collector(out, ['ipsecpolicy']), 'v2');
  return out;
}

/** Rules that need the chosen gateway and customer gateway objects. */
function contextIssues(values: ConnectionFormValues, body: Record<string, unknown>, gw?: VpnGateway, cgw?: CustomerGateway): Issue[] {
  const out: Issue[] = [];
  if (gw) {
    const reason = gatewayUnavailableReason(gw);
    if (reason) out.push({ path: ['vgw_id'], message: reason });
    const address = gatewayAddresses(gw).find((a) => a.vgwIp === values.vgw_ip);
    if (values.vgw_ip !== '' && !address) {
      out.push({ path: ['vgw_ip'], message: `This address does not belong to VPN gateway ${gw.name}; choose one of its addresses` });
    }
    if (values.style === 'bgp' && cgw) {
      const asn = bgpAsnProblem(gw, cgw);
      if (asn) out.push({ path: ['cgw_id'], message: asn });
    }
  }
  const subnets = body.peer_subnets;
  if (values.style !== 'static' && Array.isArray(subnets) && subnets.length === 0) {
    out.push({ path: ['peer_subnets'], message: SUBNETS_REQUIRED });
  }
  if (values.psk_confirm === '') out.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISSING });
  else if (values.psk_confirm !== values.psk) out.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISMATCH });
  return out;
}

/** What the form knows about the project: used to look up the chosen gateways. */
export interface ConnectionFormContext {
  gateways?: readonly VpnGateway[];
  customerGateways?: readonly CustomerGateway[];
}

/** Validates the form's values and outputs the create body; issue paths are the form's field paths. */
export function connectionFormSchema(context: ConnectionFormContext = {}) {
  return z
    .custom<ConnectionFormValues>((v) => typeof v === 'object' && v !== null, 'The form values are missing')
    .transform((values, ctx): CreateVpnConnection => {
      const gw = context.gateways?.find((g) => g.id === values.vgw_id);
      const cgw = context.customerGateways?.find((c) => c.id === values.cgw_id);
      const body = connectionFormBody(values, gw);
      const result = createVpnConnectionSchema.safeParse(body);
      const issues = (result.error?.issues ?? []).map((i): Issue => ({ path: i.path, message: blankMessage(body, i.path) ?? i.message }));
      issues.push(...crossFieldIssues(values, body), ...contextIssues(values, body, gw, cgw));
      const seen = new Set<string>();
      for (const issue of issues) {
        const key = `${issue.path.map(String).join('.')}\u0000${issue.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
      return result.success && issues.length === 0 ? result.data : z.NEVER;
    });
}
