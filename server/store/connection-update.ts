import { z } from 'zod';
import { checkIkePolicy, isGcm } from '../../contract/crypto-policy.ts';
import { checkTunnelPair } from '../../contract/network.ts';
import type { UpdateVpnConnection } from '../../contract/vpn-connection.ts';
import { invalidRequest } from '../http-error.ts';
import { otcTimestamp } from '../ids.ts';
import { issuesToError } from '../validate.ts';
import { responseIkePolicy } from './connection-builder.ts';
import {
  checkAddressPairUnique,
  checkBgpAsn,
  checkPeerSubnets,
  checkTunnelFree,
  findCustomerGateway,
  findGateway,
  resolveAddress,
} from './connection-rules.ts';
import type { ConnectionRecord, ProjectState } from './types.ts';

type Ike = NonNullable<ConnectionRecord['connection']['ikepolicy']>;

/** Runs contract refinements on merged values; issues are reported under `prefix` like schema issues. */
function refine(prefix: PropertyKey[], check: (ctx: z.RefinementCtx) => void): void {
  const result = z.unknown().superRefine((_value, ctx) => check(ctx)).safeParse(null);
  if (!result.success) throw issuesToError(result.error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
}

function onlyFor(fieldName: string, where: string, style: string): never {
  throw invalidRequest(`vpn_connection.${fieldName}: ${fieldName} applies only to ${where}; this connection is ${style}`);
}

function mergeIke(current: Ike, patch: UpdateVpnConnection['ikepolicy']): Ike {
  if (!patch) return current;
  const merged: Ike = { ...current, ...patch, dpd: { ...current.dpd, ...patch.dpd } };
  // Switching to IKEv2 drops the v1-only negotiation mode instead of failing on the old value.
  if (merged.ike_version !== 'v1' && patch.phase1_negotiation_mode === undefined) delete merged.phase1_negotiation_mode;
  return merged;
}

/**
 * Checks a PUT against the connection and the rest of the project, then applies it. Only the
 * documented updatable fields reach here (the schema refuses the rest with VPN.0013). No defaults
 * apply on update: what is not sent stays as it was. The PSK is accepted and dropped.
 */
export function applyUpdate(project: ProjectState, record: ConnectionRecord, patch: UpdateVpnConnection, nowMs: number): void {
  const c = record.connection;
  const style = c.style;
  if (patch.policy_rules !== undefined && style !== 'POLICY') onlyFor('policy_rules', 'policy-based connections', style);
  if (patch.enable_hub !== undefined && style !== 'BGP') onlyFor('enable_hub', 'BGP connections', style);
  if (style === 'POLICY') {
    if (patch.tunnel_local_address !== undefined) onlyFor('tunnel_local_address', 'static and BGP connections', style);
    if (patch.tunnel_peer_address !== undefined) onlyFor('tunnel_peer_address', 'static and BGP connections', style);
  }

  const gateway = findGateway(project, c.vgw_id);
  const lowerStyle = style.toLowerCase();
  const oldCgw = project.customerGateways.find((g) => g.id === c.cgw_id);
  let cgw = oldCgw;
  if (patch.cgw_id !== undefined && patch.cgw_id !== c.cgw_id) {
    cgw = findCustomerGateway(project, patch.cgw_id);
    checkAddressPairUnique(project, c.vgw_ip, cgw, c.id);
    checkBgpAsn(gateway, cgw, lowerStyle);
  }
  if (patch.peer_subnets !== undefined) checkPeerSubnets(gateway, lowerStyle, patch.peer_subnets);

  const local = patch.tunnel_local_address ?? c.tunnel_local_address;
  const peer = patch.tunnel_peer_address ?? c.tunnel_peer_address;
  if (patch.tunnel_local_address !== undefined || patch.tunnel_peer_address !== undefined) {
    refine(['vpn_connection'], (ctx) => checkTunnelPair(local, peer, ctx));
    if (local) checkTunnelFree(project, gateway, local, c.id);
  }

  let ike = mergeIke(c.ikepolicy ?? {}, patch.ikepolicy);
  // A peer ID that was the old customer gateway's address follows the customer gateway.
  if (cgw && cgw !== oldCgw && patch.ikepolicy?.peer_id === undefined && ike.peer_id === oldCgw?.id_value) {
    ike = { ...ike, peer_id: cgw.id_value };
  }
  refine(['vpn_connection', 'ikepolicy'], (ctx) => checkIkePolicy(ike, ctx, 'v2'));
  const ipsec = { ...c.ipsecpolicy, ...patch.ipsecpolicy };
  if (isGcm(ipsec.encryption_algorithm) && ike.ike_version === 'v1') {
    throw invalidRequest(
      `vpn_connection.ipsecpolicy.encryption_algorithm: ${ipsec.encryption_algorithm} (GCM) works only with IKEv2; choose IKE version v2 or a non-GCM cipher such as aes-256`,
    );
  }

  const localIp = resolveAddress(gateway, c.vgw_ip).address;
  if (patch.name !== undefined) c.name = patch.name;
  if (cgw) c.cgw_id = cgw.id;
  if (patch.peer_subnets !== undefined) c.peer_subnets = [...patch.peer_subnets];
  if (local && peer && style !== 'POLICY') {
    c.tunnel_local_address = local;
    c.tunnel_peer_address = peer;
  }
  if (patch.enable_hub !== undefined) c.enable_hub = patch.enable_hub;
  if (patch.policy_rules !== undefined) c.policy_rules = patch.policy_rules.map((r) => ({ ...r, destination: [...r.destination] }));
  c.ikepolicy = responseIkePolicy(ike, localIp, cgw?.id_value ?? '');
  c.ipsecpolicy = ipsec;
  c.updated_at = otcTimestamp(Math.max(nowMs, Date.parse(c.created_at)));
}
