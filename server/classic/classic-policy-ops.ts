import type { z } from 'zod';
import type {
  CreateIkePolicy,
  CreateIpsecPolicy,
  updateIkePolicyRequestSchema,
  updateIpsecPolicyRequestSchema,
} from '../../contract/classic/classic-policies.ts';
import { newUuid } from '../ids.ts';
import { checkTenant, findById, label, refuseWhileUsed, usersOf } from './classic-lookups.ts';
import type { ClassicStore } from './classic-store.ts';
import type { StoredIkePolicy, StoredIpsecPolicy } from './classic-state.ts';

// IKE and IPsec policies. As in Neutron VPNaaS, a policy used by a connection can be neither changed nor
// deleted (the connection's SAs were negotiated with it); the 409 names the connections.

type IkePatch = z.output<typeof updateIkePolicyRequestSchema>['ikepolicy'];
type IpsecPatch = z.output<typeof updateIpsecPolicyRequestSchema>['ipsecpolicy'];

const IKE_REMEDY = 'Delete those connections first, or create a new IKE policy for new connections.';
const IPSEC_REMEDY = 'Delete those connections first, or create a new IPsec policy for new connections.';

export function createIkePolicy(store: ClassicStore, tenant: string, input: CreateIkePolicy): StoredIkePolicy {
  checkTenant(input.tenant_id, tenant);
  const { tenant_id: _t, name, description, ...rest } = input;
  const policy: StoredIkePolicy = { id: newUuid(), name: name ?? '', description: description ?? '', tenant_id: tenant, ...rest };
  store.state(tenant).ikePolicies.push(policy);
  store.changed();
  return policy;
}

export function updateIkePolicy(store: ClassicStore, tenant: string, id: string, patch: IkePatch): StoredIkePolicy {
  const state = store.state(tenant);
  const policy = findById(state.ikePolicies, id, 'ike');
  refuseWhileUsed(usersOf(state, id, ['ikepolicy_id']), 'IKEPolicyInUse', `IKE policy ${label(policy)}`, 'changed', IKE_REMEDY);
  Object.assign(policy, patch);
  store.changed();
  return policy;
}

export function deleteIkePolicy(store: ClassicStore, tenant: string, id: string): void {
  const state = store.state(tenant);
  const policy = findById(state.ikePolicies, id, 'ike');
  refuseWhileUsed(usersOf(state, id, ['ikepolicy_id']), 'IKEPolicyInUse', `IKE policy ${label(policy)}`, 'deleted', IKE_REMEDY);
  state.ikePolicies = state.ikePolicies.filter((p) => p.id !== id);
  store.changed();
}

export function createIpsecPolicy(store: ClassicStore, tenant: string, input: CreateIpsecPolicy): StoredIpsecPolicy {
  checkTenant(input.tenant_id, tenant);
  const { tenant_id: _t, name, description, ...rest } = input;
  const policy: StoredIpsecPolicy = { id: newUuid(), name: name ?? '', description: description ?? '', tenant_id: tenant, ...rest };
  store.state(tenant).ipsecPolicies.push(policy);
  store.changed();
  return policy;
}

export function updateIpsecPolicy(store: ClassicStore, tenant: string, id: string, patch: IpsecPatch): StoredIpsecPolicy {
  const state = store.state(tenant);
  const policy = findById(state.ipsecPolicies, id, 'ipsec');
  refuseWhileUsed(usersOf(state, id, ['ipsecpolicy_id']), 'IPsecPolicyInUse', `IPsec policy ${label(policy)}`, 'changed', IPSEC_REMEDY);
  Object.assign(policy, patch);
  store.changed();
  return policy;
}

export function deleteIpsecPolicy(store: ClassicStore, tenant: string, id: string): void {
  const state = store.state(tenant);
  const policy = findById(state.ipsecPolicies, id, 'ipsec');
  refuseWhileUsed(usersOf(state, id, ['ipsecpolicy_id']), 'IPsecPolicyInUse', `IPsec policy ${label(policy)}`, 'deleted', IPSEC_REMEDY);
  state.ipsecPolicies = state.ipsecPolicies.filter((p) => p.id !== id);
  store.changed();
}
