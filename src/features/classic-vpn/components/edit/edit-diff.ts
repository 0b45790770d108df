import type { IpsecSiteConnection, UpdateIpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { displayName } from '@/features/classic-vpn/components/classic-format';
import type { ClassicLookups } from '@/features/classic-vpn/components/classic-lookups';

/** One changed field: what it was and what it becomes. */
export interface DiffRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

const dpdText = (d: { action?: string; interval?: number; timeout?: number } | undefined) =>
  d ? `${d.action ?? '—'}, every ${d.interval ?? '—'} s, timeout ${d.timeout ?? '—'} s` : '—';

/** The changes a PUT body makes to the connection, in words (the PSK is never shown, only that it changes). */
export function editDiff(c: IpsecSiteConnection, changes: UpdateIpsecSiteConnection, lookups: ClassicLookups): DiffRow[] {
  const group = (id: string | null | undefined) => (id ? displayName(lookups.groups?.get(id), id) : '—');
  const rows: DiffRow[] = [];
  const add = (field: string, label: string, before: string, after: string) => rows.push({ field, label, before, after });
  if (changes.name !== undefined) add('name', 'Name', c.name || '—', changes.name);
  if (changes.peer_address !== undefined) add('peer_address', 'Remote gateway', c.peer_address, changes.peer_address);
  if (changes.peer_id !== undefined) add('peer_id', 'Remote gateway ID', c.peer_id, changes.peer_id);
  if (changes.psk !== undefined) add('psk', 'Pre-shared key', 'current key', 'new key (hidden)');
  if (changes.initiator !== undefined) add('initiator', 'Initiator', c.initiator ?? '—', changes.initiator);
  if (changes.dpd !== undefined) add('dpd', 'Dead peer detection', dpdText(c.dpd), dpdText({ ...c.dpd, ...changes.dpd }));
  if (changes.local_ep_group_id !== undefined) add('local_ep_group_id', 'Local endpoint group', group(c.local_ep_group_id), group(changes.local_ep_group_id));
  if (changes.peer_ep_group_id !== undefined) add('peer_ep_group_id', 'Peer endpoint group', group(c.peer_ep_group_id), group(changes.peer_ep_group_id));
  return rows;
}

/** The PUT body as it will be sent, with the PSK masked. */
export function maskedPutJson(changes: UpdateIpsecSiteConnection): string {
  const shown = changes.psk === undefined ? changes : { ...changes, psk: '•••••• (hidden)' };
  return JSON.stringify({ ipsec_site_connection: shown }, null, 2);
}
