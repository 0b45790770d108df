import { z } from 'zod';
import {
  createIkePolicySchema,
  createIpsecPolicySchema,
  type ClassicIkePolicy,
  type ClassicIpsecPolicy,
  type CreateIkePolicy,
  type CreateIpsecPolicy,
} from './classic-policies.ts';
import {
  createEndpointGroupSchema,
  createVpnServiceSchema,
  type CreateEndpointGroup,
  type CreateVpnService,
  type EndpointGroup,
  type NeutronSubnet,
  type VpnService,
} from './classic-resources.ts';
import {
  findPeerOverlaps,
  LOCAL_GROUP_TYPE_MESSAGE,
  MAX_VPN_SERVICES,
  PEER_GROUP_TYPE_MESSAGE,
  peerOverlapMessage,
  serviceQuotaMessage,
  mayBeInVpc,
  subnetOffRouterMessage,
  type RouterLike,
} from './classic-rules.ts';
import type { ClassicWizardValues } from './classic-wizard-values.ts';
import { createIpsecSiteConnectionSchema, type CreateIpsecSiteConnection } from './ipsec-site-connection.ts';

// Validates the wizard's values against the project's objects and outputs the plan: for each dependency the id
// to use or the body to create it with, then the connection's own fields. Issue paths are the form's paths.

export interface ClassicWizardContext {
  routers?: readonly RouterLike[];
  subnets?: readonly NeutronSubnet[];
  vpnServices?: readonly VpnService[];
  endpointGroups?: readonly EndpointGroup[];
  ikePolicies?: readonly ClassicIkePolicy[];
  ipsecPolicies?: readonly ClassicIpsecPolicy[];
}

export type Dependency<T> = { id: string; create?: undefined } | { id?: undefined; create: T };
type Ids = 'ikepolicy_id' | 'ipsecpolicy_id' | 'vpnservice_id' | 'local_ep_group_id' | 'peer_ep_group_id';
export type ClassicConnectionFields = Omit<CreateIpsecSiteConnection, Ids>;

export interface ClassicWizardPlan {
  vpnservice: Dependency<CreateVpnService>;
  ikepolicy: Dependency<CreateIkePolicy>;
  ipsecpolicy: Dependency<CreateIpsecPolicy>;
  local_ep_group: Dependency<CreateEndpointGroup>;
  peer_ep_group: Dependency<CreateEndpointGroup>;
  connection: ClassicConnectionFields;
}

export const PSK_CONFIRM_MISSING = 'Type the pre-shared key again to confirm it';
export const PSK_CONFIRM_MISMATCH = 'The two pre-shared keys differ; type the same key in both fields';
export const BLANK_CIDR_ROW = 'Enter a customer CIDR block such as 192.168.44.0/24, or remove this empty row';

type Issue = { path: PropertyKey[]; message: string };
const blank = (v: string) => (v.trim() === '' ? undefined : v);
const lifetime = (value: number | null) => ({ units: 'seconds', value: value ?? Number.NaN });

/** The POST bodies the "new" variants would send, before validation (the review shows them once valid). */
export function wizardBodies(v: ClassicWizardValues) {
  return {
    vpnservice: { router_id: v.service.router_id, name: blank(v.service.name) },
    ikepolicy: { name: blank(v.ike.name), ike_version: v.ike.ike_version, auth_algorithm: v.ike.auth_algorithm, encryption_algorithm: v.ike.encryption_algorithm, pfs: v.ike.pfs, lifetime: lifetime(v.ike.lifetime) },
    ipsecpolicy: { name: blank(v.ipsec.name), auth_algorithm: v.ipsec.auth_algorithm, encryption_algorithm: v.ipsec.encryption_algorithm, pfs: v.ipsec.pfs, transform_protocol: v.ipsec.transform_protocol, lifetime: lifetime(v.ipsec.lifetime) },
    local_ep_group: { type: 'subnet', endpoints: v.local.subnet_ids, name: blank(v.local.name) },
    peer_ep_group: { type: 'cidr', endpoints: v.peer.cidrs, name: blank(v.peer.name) },
    connection: { name: blank(v.name), peer_address: v.peer_address, peer_id: v.peer_id, psk: v.psk, initiator: v.initiator, dpd: { action: v.dpd.action, interval: v.dpd.interval ?? Number.NaN, timeout: v.dpd.timeout ?? Number.NaN } },
  };
}

/** Maps a create schema's issue path to the form path of the same value. */
function remap(prefix: string, path: readonly PropertyKey[]): PropertyKey[] {
  const [head, ...rest] = path;
  if (head === 'lifetime') return [prefix, 'lifetime'];
  if (head === 'endpoints') return prefix === 'local' ? ['local', 'subnet_ids'] : ['peer', 'cidrs', ...rest];
  return [prefix, ...path];
}

function check<S extends z.ZodType>(schema: S, body: unknown, prefix: string, issues: Issue[]): z.output<S> | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  for (const i of result.error.issues) {
    const blankRow = prefix === 'peer' && i.path[0] === 'endpoints' && typeof i.path[1] === 'number' && (body as { endpoints: string[] }).endpoints[i.path[1]]?.trim() === '';
    issues.push({ path: remap(prefix, i.path), message: blankRow ? BLANK_CIDR_ROW : i.message });
  }
  return undefined;
}

function pick<T>(mode: string, id: string, exists: boolean | undefined, missing: string, create: () => T | undefined, path: string, issues: Issue[]): Dependency<T> | undefined {
  if (mode === 'new') {
    const body = create();
    return body === undefined ? undefined : { create: body };
  }
  if (id === '') issues.push({ path: [path, 'id'], message: missing });
  else if (exists === false) issues.push({ path: [path, 'id'], message: `It no longer exists; ${missing.charAt(0).toLowerCase()}${missing.slice(1)}` });
  else return { id };
  return undefined;
}

function contextIssues(v: ClassicWizardValues, c: ClassicWizardContext, issues: Issue[]): void {
  const service = v.service.mode === 'existing' ? c.vpnServices?.find((s) => s.id === v.service.id) : undefined;
  const routerId = v.service.mode === 'existing' ? service?.router_id : v.service.router_id;
  if (v.service.mode === 'new' && c.vpnServices && c.vpnServices.length >= MAX_VPN_SERVICES) {
    issues.push({ path: ['service', 'router_id'], message: serviceQuotaMessage(c.vpnServices.length) });
  }
  const group = (id: string) => c.endpointGroups?.find((g) => g.id === id);
  const localGroup = v.local.mode === 'existing' ? group(v.local.id) : undefined;
  const peerGroup = v.peer.mode === 'existing' ? group(v.peer.id) : undefined;
  if (localGroup && localGroup.type !== 'subnet') issues.push({ path: ['local', 'id'], message: LOCAL_GROUP_TYPE_MESSAGE });
  if (peerGroup && peerGroup.type !== 'cidr') issues.push({ path: ['peer', 'id'], message: PEER_GROUP_TYPE_MESSAGE });
  if (!c.subnets) return;
  const subnetIds = v.local.mode === 'existing' ? (localGroup?.type === 'subnet' ? localGroup.endpoints : []) : v.local.subnet_ids;
  const localSubnets = subnetIds.map((id) => c.subnets?.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (routerId) {
    const off = localSubnets.find((s) => !mayBeInVpc(s, routerId));
    const router = c.routers?.find((r) => r.id === routerId);
    if (off) issues.push({ path: v.local.mode === 'existing' ? ['local', 'id'] : ['local', 'subnet_ids'], message: subnetOffRouterMessage(off, router, routerId) });
  }
  const peerCidrs = v.peer.mode === 'existing' ? (peerGroup?.type === 'cidr' ? peerGroup.endpoints : []) : v.peer.cidrs;
  for (const overlap of findPeerOverlaps(peerCidrs, localSubnets)) {
    issues.push({ path: v.peer.mode === 'existing' ? ['peer', 'id'] : ['peer', 'cidrs', overlap.index], message: peerOverlapMessage(overlap) });
  }
}

const has = (list: readonly { id: string }[] | undefined, id: string) => (list ? list.some((x) => x.id === id) : undefined);

/** The wizard's schema: values in, plan out. */
export function classicWizardSchema(context: ClassicWizardContext = {}) {
  return z
    .custom<ClassicWizardValues>((v) => typeof v === 'object' && v !== null, 'The form values are missing')
    .transform((v, ctx): ClassicWizardPlan => {
      const issues: Issue[] = [];
      const b = wizardBodies(v);
      const plan = {
        vpnservice: pick(v.service.mode, v.service.id, has(context.vpnServices, v.service.id), 'Choose a VPN service', () => check(createVpnServiceSchema, b.vpnservice, 'service', issues), 'service', issues),
        ikepolicy: pick(v.ike.mode, v.ike.id, has(context.ikePolicies, v.ike.id), 'Choose an IKE policy', () => check(createIkePolicySchema, b.ikepolicy, 'ike', issues), 'ike', issues),
        ipsecpolicy: pick(v.ipsec.mode, v.ipsec.id, has(context.ipsecPolicies, v.ipsec.id), 'Choose an IPsec policy', () => check(createIpsecPolicySchema, b.ipsecpolicy, 'ipsec', issues), 'ipsec', issues),
        local_ep_group: pick(v.local.mode, v.local.id, has(context.endpointGroups, v.local.id), 'Choose a local endpoint group', () => check(createEndpointGroupSchema, b.local_ep_group, 'local', issues), 'local', issues),
        peer_ep_group: pick(v.peer.mode, v.peer.id, has(context.endpointGroups, v.peer.id), 'Choose a peer endpoint group', () => check(createEndpointGroupSchema, b.peer_ep_group, 'peer', issues), 'peer', issues),
      };
      const ids = { ikepolicy_id: 'x', ipsecpolicy_id: 'x', vpnservice_id: 'x', local_ep_group_id: 'x', peer_ep_group_id: 'x' };
      const connection = check(createIpsecSiteConnectionSchema, { ...b.connection, ...ids }, '', issues);
      if (v.psk_confirm === '') issues.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISSING });
      else if (v.psk_confirm !== v.psk) issues.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISMATCH });
      contextIssues(v, context, issues);
      for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path.filter((p) => p !== ''), message: issue.message });
      const { vpnservice, ikepolicy, ipsecpolicy, local_ep_group, peer_ep_group } = plan;
      if (issues.length > 0 || !connection || !vpnservice || !ikepolicy || !ipsecpolicy || !local_ep_group || !peer_ep_group) return z.NEVER;
      const { ikepolicy_id: _i, ipsecpolicy_id: _p, vpnservice_id: _s, local_ep_group_id: _l, peer_ep_group_id: _g, ...fields } = connection;
      return { vpnservice, ikepolicy, ipsecpolicy, local_ep_group, peer_ep_group, connection: fields };
    });
}
