import { BLANK_ROW, BLANK_SOURCE, PSK_CONFIRM_MISMATCH, PSK_CONFIRM_MISSING, type ConnectionFormValues } from '@contract/connection-form';
import { checkIkePolicy } from '@contract/crypto-policy';
import { checkTunnelPair } from '@contract/network';
import { updateVpnConnectionSchema, type UpdateVpnConnection } from '@contract/vpn-connection';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import { changedFields } from '@/features/vpn-connections/components/connection-edit/edit-values';

type Issue = { path: PropertyKey[]; message: string };

function collector(out: Issue[], prefix: PropertyKey[] = []): z.RefinementCtx {
  const addIssue = (arg: string | { path?: PropertyKey[]; message?: string }) =>
    typeof arg === 'string' ? out.push({ path: prefix, message: arg }) : out.push({ path: [...prefix, ...(arg.path ?? [])], message: arg.message ?? '' });
  return { value: undefined, issues: [], addIssue } as unknown as z.RefinementCtx;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), body);
}

/** Rules across fields, checked on the whole form (the merged result), whatever was changed. */
function crossFieldIssues(values: ConnectionFormValues): Issue[] {
  const out: Issue[] = [];
  if (values.style !== 'policy') {
    const local = values.tunnel_local_address.trim() || undefined;
    const peer = values.tunnel_peer_address.trim() || undefined;
    checkTunnelPair(local, peer, collector(out));
  }
  const ike = values.ikepolicy;
  const blank = (v: string) => (v.trim() === '' ? undefined : v.trim());
  checkIkePolicy(
    { ike_version: ike.ike_version, encryption_algorithm: ike.encryption_algorithm, local_id: blank(ike.local_id), peer_id: blank(ike.peer_id) },
    collector(out, ['ikepolicy']),
    'v2',
  );
  checkIkePolicy({ ike_version: ike.ike_version, encryption_algorithm: values.ipsecpolicy.encryption_algorithm }, collector(out, ['ipsecpolicy']), 'v2');
  if (values.psk !== '') {
    if (values.psk_confirm === '') out.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISSING });
    else if (values.psk_confirm !== values.psk) out.push({ path: ['psk_confirm'], message: PSK_CONFIRM_MISMATCH });
  }
  return out;
}

/**
 * Validates the edit form against the contract's update schema and outputs the PUT body: only the fields the
 * admin changed. Issue paths are the form's field paths, so messages land beside the fields.
 */
export function editFormSchema(baseline: ConnectionFormValues) {
  return z
    .custom<ConnectionFormValues>((v) => typeof v === 'object' && v !== null, 'The form values are missing')
    .transform((values, ctx): UpdateVpnConnection => {
      const changes = changedFields(baseline, values);
      const result = updateVpnConnectionSchema.safeParse(changes);
      const issues: Issue[] = (result.error?.issues ?? []).map((i) => {
        const last = i.path.at(-1);
        const blank = valueAt(changes, i.path) === '';
        const message = blank && typeof last === 'number' ? BLANK_ROW : blank && last === 'source' ? BLANK_SOURCE : i.message;
        return { path: i.path, message };
      });
      issues.push(...crossFieldIssues(values));
      const seen = new Set<string>();
      for (const issue of issues) {
        const key = `${issue.path.map(String).join('.')}\u0000${issue.message}`;
        if (!seen.has(key)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        seen.add(key);
      }
      return result.success && issues.length === 0 ? result.data : z.NEVER;
    });
}

export function editResolver(baseline: ConnectionFormValues): Resolver<ConnectionFormValues, unknown, UpdateVpnConnection> {
  return zodResolver(editFormSchema(baseline), undefined, { mode: 'sync' });
}
