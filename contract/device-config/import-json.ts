import { z } from 'zod';
import { connectionFormValuesSchema, type ConnectionFormValues } from '../connection-form.ts';

// Reads an exported connection (our JSON export, a create body, or a show/list response) back into wizard values
// to clone it to a new site: gateway and crypto are kept; what belongs to the old site is cleared and said so.

const str = z.string().optional();
const importedConnectionSchema = z.looseObject({
  name: str,
  style: z.string().optional(),
  vgw_id: str,
  vgw_ip: str,
  cgw_id: str,
  ha_role: str,
  peer_subnets: z.array(z.string()).optional(),
  enable_nqa: z.boolean().optional(),
  enable_hub: z.boolean().optional(),
  policy_rules: z.array(z.looseObject({ source: z.string(), destination: z.array(z.string()) })).optional(),
  ikepolicy: z.record(z.string(), z.unknown()).optional(),
  ipsecpolicy: z.record(z.string(), z.unknown()).optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
  psk: z.unknown().optional(),
});
type ImportedConnection = z.infer<typeof importedConnectionSchema>;

export interface ImportedClone {
  /** What to show in a picker when the file holds several connections. */
  label: string;
  values: ConnectionFormValues;
  /** What was reset for the new site, in plain words. */
  notes: string[];
}

export type ImportResult = { ok: true; clones: ImportedClone[] } | { ok: false; error: string };

const looksLikeConnection = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && ('vgw_id' in v || 'style' in v || 'cgw_id' in v);

/** The connection objects inside any of the accepted shapes. */
function candidates(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc.flatMap(candidates);
  if (doc === null || typeof doc !== 'object') return [];
  const o = doc as Record<string, unknown>;
  if (Array.isArray(o.vpn_connections)) return o.vpn_connections.flatMap(candidates);
  if (o.vpn_connection !== undefined) return candidates(o.vpn_connection);
  return looksLikeConnection(o) ? [o] : [];
}

function styleOf(raw: string | undefined): ConnectionFormValues['style'] {
  const s = raw?.toLowerCase();
  return s === 'policy' || s === 'bgp' ? s : 'static';
}

function toClone(c: ImportedConnection, index: number): ImportedClone {
  const style = styleOf(c.style);
  const notes = ['Choose the customer gateway of the new site: the original one is not copied.'];
  if (c.psk !== undefined) notes.push('The file contains a pre-shared key; it was not imported. Type a new key for the new site.');
  if (style !== 'policy') notes.push('Tunnel interface addresses are assigned anew (each connection on a gateway needs its own /30).');
  if ((c.peer_subnets ?? []).length > 0 || style === 'policy') {
    notes.push('Customer subnets and policy-rule destinations are the original site\'s: replace them with the new site\'s networks.');
  }
  const ike = { ...(c.ikepolicy ?? {}), local_id: '', peer_id: '' };
  if (c.ikepolicy?.peer_id !== undefined || c.ikepolicy?.local_id !== undefined) notes.push('IKE local and peer IDs were cleared: they default to the gateway addresses of the new pair.');
  const name = c.name ? `${c.name}-copy`.slice(0, 64) : '';
  const values = connectionFormValuesSchema.parse({
    style,
    name,
    vgw_id: c.vgw_id,
    vgw_ip: c.vgw_ip,
    ha_role: c.ha_role,
    cgw_id: '',
    peer_subnets: c.peer_subnets && c.peer_subnets.length > 0 ? c.peer_subnets : undefined,
    tunnel_mode: 'auto',
    tunnel_local_address: '',
    tunnel_peer_address: '',
    enable_nqa: c.enable_nqa,
    enable_hub: c.enable_hub,
    policy_rules: c.policy_rules?.map((r) => ({ source: r.source, destination: r.destination.length > 0 ? r.destination : [''] })),
    psk: '',
    psk_confirm: '',
    ikepolicy: ike,
    ipsecpolicy: c.ipsecpolicy,
    tags: c.tags,
  });
  return { label: `${c.name ?? `Connection ${index + 1}`} (${style})`, values, notes };
}

/** Parses the text of an exported file; errors say what was expected. */
export function parseConnectionImport(text: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not JSON (${error instanceof Error ? error.message : 'parse error'}); choose a file exported with "Export JSON"` };
  }
  const found = candidates(doc);
  if (found.length === 0) {
    return { ok: false, error: 'No VPN connection found: expected {"vpn_connection": {...}}, a list of those, or {"vpn_connections": [...]}' };
  }
  const clones: ImportedClone[] = [];
  for (const [i, raw] of found.entries()) {
    const parsed = importedConnectionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `Connection ${i + 1}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? 'is not valid'}` };
    }
    clones.push(toClone(parsed.data, i));
  }
  return { ok: true, clones };
}
