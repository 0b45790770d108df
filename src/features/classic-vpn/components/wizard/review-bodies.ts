import type { ClassicWizardContext, ClassicWizardPlan, Dependency } from '@contract/classic/classic-wizard-schema';
import { displayName } from '@/features/classic-vpn/components/classic-format';

// The review's list of API calls, in the order the wizard makes them, with the PSK masked.

export const MASKED_PSK = '•••••• (hidden)';

export interface PlannedCall {
  key: 'vpnservice' | 'ikepolicy' | 'ipsecpolicy' | 'local_ep_group' | 'peer_ep_group' | 'connection';
  /** e.g. "Create the VPN service" or "Use VPN service vpnsvc-web". */
  title: string;
  /** POST path and JSON body; absent when an existing object is used. */
  request?: { path: string; json: string };
}

const DEPENDENCIES = [
  { key: 'vpnservice', noun: 'VPN service', wrapper: 'vpnservice', path: '/v2.0/vpn/vpnservices', list: 'vpnServices' },
  { key: 'ikepolicy', noun: 'IKE policy', wrapper: 'ikepolicy', path: '/v2.0/vpn/ikepolicies', list: 'ikePolicies' },
  { key: 'ipsecpolicy', noun: 'IPsec policy', wrapper: 'ipsecpolicy', path: '/v2.0/vpn/ipsecpolicies', list: 'ipsecPolicies' },
  { key: 'local_ep_group', noun: 'local endpoint group', wrapper: 'endpoint_group', path: '/v2.0/vpn/endpoint-groups', list: 'endpointGroups' },
  { key: 'peer_ep_group', noun: 'peer endpoint group', wrapper: 'endpoint_group', path: '/v2.0/vpn/endpoint-groups', list: 'endpointGroups' },
] as const;

const ID_FIELD = { vpnservice: 'vpnservice_id', ikepolicy: 'ikepolicy_id', ipsecpolicy: 'ipsecpolicy_id', local_ep_group: 'local_ep_group_id', peer_ep_group: 'peer_ep_group_id' } as const;

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function plannedCalls(plan: ClassicWizardPlan, context: ClassicWizardContext): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const ids: Record<string, string> = {};
  for (const d of DEPENDENCIES) {
    const dep: Dependency<object> = plan[d.key];
    if (dep.create) {
      calls.push({ key: d.key, title: `Create the ${d.noun}`, request: { path: `POST ${d.path}`, json: json({ [d.wrapper]: dep.create }) } });
      ids[ID_FIELD[d.key]] = `<id of the new ${d.noun}>`;
    } else {
      const existing = (context[d.list] as readonly { id: string; name?: string }[] | undefined)?.find((o) => o.id === dep.id);
      calls.push({ key: d.key, title: `Use ${d.noun} ${displayName(existing, dep.id)}` });
      ids[ID_FIELD[d.key]] = dep.id;
    }
  }
  const connection = { ...plan.connection, ...ids, psk: MASKED_PSK };
  calls.push({ key: 'connection', title: 'Create the connection', request: { path: 'POST /v2.0/vpn/ipsec-site-connections', json: json({ ipsec_site_connection: connection }) } });
  return calls;
}
