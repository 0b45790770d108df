import { z } from 'zod';
import { DPD_ACTIONS } from './classic-common.ts';
import type { EndpointGroup, NeutronSubnet } from './classic-resources.ts';
import {
  findPeerOverlaps,
  LOCAL_GROUP_TYPE_MESSAGE,
  PEER_GROUP_TYPE_MESSAGE,
  peerOverlapMessage,
  mayBeInVpc,
  subnetOffRouterMessage,
  type RouterLike,
} from './classic-rules.ts';
import { PSK_CONFIRM_MISMATCH, PSK_CONFIRM_MISSING } from './classic-wizard-schema.ts';
import {
  INITIATORS,
  updateIpsecSiteConnectionSchema,
  type IpsecSiteConnection,
  type UpdateIpsecSiteConnection,
} from './ipsec-site-connection.ts';

// The edit form of a classic connection: only the documented updatable fields (no MTU, admin state or
// description). It outputs the PUT body with just the fields that changed; a blank PSK keeps the current key.

export const classicEditValuesSchema = z.object({
  name: z.string(),
  peer_address: z.string(),
  peer_id: z.string(),
  psk: z.string(),
  psk_confirm: z.string(),
  initiator: z.enum(INITIATORS),
  dpd: z.object({ action: z.enum(DPD_ACTIONS), interval: z.number().nullable(), timeout: z.number().nullable() }),
  local_ep_group_id: z.string(),
  peer_ep_group_id: z.string(),
});
export type ClassicEditValues = z.output<typeof classicEditValuesSchema>;

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T =>
  values.find((v) => v === value) ?? fallback;

/** The form's starting values: the connection as it is, the PSK never prefilled. */
export function classicEditValues(c: IpsecSiteConnection): ClassicEditValues {
  return {
    name: c.name ?? '',
    peer_address: c.peer_address,
    peer_id: c.peer_id,
    psk: '',
    psk_confirm: '',
    initiator: oneOf(INITIATORS, c.initiator, 'bi-directional'),
    dpd: { action: oneOf(DPD_ACTIONS, c.dpd?.action, 'hold'), interval: c.dpd?.interval ?? 30, timeout: c.dpd?.timeout ?? 120 },
    local_ep_group_id: c.local_ep_group_id ?? '',
    peer_ep_group_id: c.peer_ep_group_id ?? '',
  };
}

/** The PUT body's fields that differ from the starting values (not yet validated). */
export function classicEditBody(v: ClassicEditValues, start: ClassicEditValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of ['name', 'peer_address', 'peer_id', 'initiator', 'local_ep_group_id', 'peer_ep_group_id'] as const) {
    if (v[key] !== start[key]) body[key] = v[key];
  }
  if (v.psk !== '') body.psk = v.psk;
  const d = v.dpd;
  if (d.action !== start.dpd.action || d.interval !== start.dpd.interval || d.timeout !== start.dpd.timeout) {
    body.dpd = { action: d.action, interval: d.interval ?? Number.NaN, timeout: d.timeout ?? Number.NaN };
  }
  return body;
}

export interface ClassicEditContext {
  /** The connection as loaded (the diff's "old" side). */
  connection: IpsecSiteConnection;
  /** Router (VPC) of the connection's VPN service, when known. */
  routerId?: string | undefined;
  routers?: readonly RouterLike[];
  subnets?: readonly NeutronSubnet[];
  endpointGroups?: readonly EndpointGroup[];
}

type Issue = { path: PropertyKey[]; message: string };

function groupIssues(v: ClassicEditValues, c: ClassicEditContext): Issue[] {
  const out: Issue[] = [];
  const local = c.endpointGroups?.find((g) => g.id === v.local_ep_group_id);
  const peer = c.endpointGroups?.find((g) => g.id === v.peer_ep_group_id);
  if (local && local.type !== 'subnet') out.push({ path: ['local_ep_group_id'], message: LOCAL_GROUP_TYPE_MESSAGE });
  if (peer && peer.type !== 'cidr') out.push({ path: ['peer_ep_group_id'], message: PEER_GROUP_TYPE_MESSAGE });
  if (!local || !peer || !c.subnets || local.type !== 'subnet' || peer.type !== 'cidr') return out;
  const localSubnets = local.endpoints.map((id) => c.subnets?.find((s) => s.id === id)).filter((s) => s !== undefined);
  const routerId = c.routerId;
  const off = routerId ? localSubnets.find((s) => !mayBeInVpc(s, routerId)) : undefined;
  if (off && c.routerId) out.push({ path: ['local_ep_group_id'], message: subnetOffRouterMessage(off, c.routers?.find((r) => r.id === c.routerId), c.routerId) });
  for (const overlap of findPeerOverlaps(peer.endpoints, localSubnets)) out.push({ path: ['peer_ep_group_id'], message: peerOverlapMessage(overlap) });
  return out;
}

/** Values in, the PUT body's inner object out (only what changed). */
export function classicEditSchema(context: ClassicEditContext) {
  const start = classicEditValues(context.connection);
  return z
    .custom<ClassicEditValues>((v) => typeof v === 'object' && v !== null, 'The form values are missing')
    .transform((v, ctx): UpdateIpsecSiteConnection => {
      const body = classicEditBody(v, start);
      const result = updateIpsecSiteConnectionSchema.safeParse(body);
      const issues: Issue[] = result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
      if (v.psk !== '' && v.psk_confirm === '') issues.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISSING });
      else if (v.psk !== v.psk_confirm) issues.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISMATCH });
      issues.push(...groupIssues(v, context));
      for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return issues.length > 0 || !result.success ? z.NEVER : result.data;
    });
}
