import type { ClassicIkePolicy, ClassicIpsecPolicy } from '@contract/classic/classic-policies';
import type { EndpointGroup } from '@contract/classic/classic-resources';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import type { ClassicExportInput } from '@contract/device-config/api-json';
import { displayName } from '@/features/classic-vpn/components/classic-format';

/** One list a connection's export needs: its items by id (undefined until loaded) and whether loading failed. */
export interface ExportList<T> {
  byId: ReadonlyMap<string, T> | undefined;
  failed: boolean;
}

/** The lists the export of classic connections needs. */
export interface ExportLists {
  ikePolicies: ExportList<ClassicIkePolicy>;
  ipsecPolicies: ExportList<ClassicIpsecPolicy>;
  groups: ExportList<EndpointGroup>;
}

/**
 * The selected connections, ready to export with every object they use, or the reason they are not: an export
 * must never silently leave out a policy or endpoint group.
 */
export type ClassicExportSelection =
  | { count: number; inputs: ClassicExportInput[]; reason?: undefined }
  | { count: number; inputs?: undefined; reason: string };

const NOUNS: Record<keyof ExportLists, string> = { ikePolicies: 'IKE policies', ipsecPolicies: 'IPsec policies', groups: 'endpoint groups' };

const join = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** The selection as export inputs, once every IKE policy, IPsec policy and endpoint group it uses is known. */
export function classicExportSelection(connections: readonly IpsecSiteConnection[], lists: ExportLists): ClassicExportSelection {
  const count = connections.length;
  // Endpoint groups matter only to connections that have them (older ones carry peer_cidrs instead).
  const needed: (keyof ExportLists)[] = ['ikePolicies', 'ipsecPolicies'];
  if (connections.some((c) => c.local_ep_group_id || c.peer_ep_group_id)) needed.push('groups');
  const failed = needed.filter((k) => !lists[k].byId && lists[k].failed);
  if (failed.length > 0) return { count, reason: `The ${join(failed.map((k) => NOUNS[k]))} could not be loaded, so the selection cannot be exported in full. Refresh to try again.` };
  const loading = needed.filter((k) => !lists[k].byId);
  if (loading.length > 0) return { count, reason: `Loading the ${join(loading.map((k) => NOUNS[k]))} the selected connections use; export is possible once they are here.` };

  const inputs: ClassicExportInput[] = [];
  for (const connection of connections) {
    const name = displayName(connection);
    const ikePolicy = lists.ikePolicies.byId?.get(connection.ikepolicy_id);
    const ipsecPolicy = lists.ipsecPolicies.byId?.get(connection.ipsecpolicy_id);
    const local = connection.local_ep_group_id ? lists.groups.byId?.get(connection.local_ep_group_id) : undefined;
    const peer = connection.peer_ep_group_id ? lists.groups.byId?.get(connection.peer_ep_group_id) : undefined;
    const missing = [
      ikePolicy ? undefined : `IKE policy ${connection.ikepolicy_id}`,
      ipsecPolicy ? undefined : `IPsec policy ${connection.ipsecpolicy_id}`,
      connection.local_ep_group_id && !local ? `local endpoint group ${connection.local_ep_group_id}` : undefined,
      connection.peer_ep_group_id && !peer ? `peer endpoint group ${connection.peer_ep_group_id}` : undefined,
    ].filter((m): m is string => m !== undefined);
    if (!ikePolicy || !ipsecPolicy || missing.length > 0) {
      return { count, reason: `${name} uses ${join(missing)}, which ${missing.length === 1 ? 'does' : 'do'} not exist any more, so it cannot be exported in full. Deselect it to export the others.` };
    }
    inputs.push({ connection, ikePolicy, ipsecPolicy, localEndpointGroup: local, peerEndpointGroup: peer });
  }
  return { count, inputs };
}
