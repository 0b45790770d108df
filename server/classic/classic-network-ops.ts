import type { z } from 'zod';
import { MAX_VPN_SERVICES, serviceQuotaMessage, unknownSubnetMessage } from '../../contract/classic/classic-rules.ts';
import type {
  CreateEndpointGroup,
  CreateVpnService,
  updateEndpointGroupRequestSchema,
  updateVpnServiceRequestSchema,
} from '../../contract/classic/classic-resources.ts';
import { newUuid, seedNumber } from '../ids.ts';
import { badRequest, NeutronHttpError } from './classic-errors.ts';
import { begin, isPending } from './classic-lifecycle.ts';
import { checkTenant, findById, findTracked, KINDS, label, refuseWhileUsed, usersOf } from './classic-lookups.ts';
import type { ClassicStore } from './classic-store.ts';
import type { StoredEndpointGroup, StoredVpnService } from './classic-state.ts';

// VPN services (a VPC router's VPN endpoint) and endpoint groups.

type ServicePatch = z.output<typeof updateVpnServiceRequestSchema>['vpnservice'];
type GroupPatch = z.output<typeof updateEndpointGroupRequestSchema>['endpoint_group'];

export function createVpnService(store: ClassicStore, tenant: string, input: CreateVpnService): StoredVpnService {
  checkTenant(input.tenant_id, tenant);
  const state = store.state(tenant);
  findById(state.routers, input.router_id, 'router');
  if (input.subnet_id) {
    const subnet = findById(state.subnets, input.subnet_id, 'subnet');
    if (subnet.vpc_id !== input.router_id) throw badRequest(`subnet_id ${subnet.id} is not a subnet of router ${input.router_id}; choose a subnet of the same VPC or omit it`);
  }
  if (state.vpnServices.length >= MAX_VPN_SERVICES) throw badRequest(serviceQuotaMessage(state.vpnServices.length), 'OverQuota');
  const id = newUuid();
  const n = seedNumber(tenant, id, 250 * 250);
  const service: StoredVpnService = {
    id,
    name: input.name ?? '',
    description: input.description ?? '',
    tenant_id: tenant,
    router_id: input.router_id,
    subnet_id: input.subnet_id ?? null,
    status: 'PENDING_CREATE',
    admin_state_up: true,
    external_v4_ip: input.external_v4_ip ?? `80.158.${Math.floor(n / 250) + 2}.${(n % 250) + 2}`,
    created_at: store.createdAt(tenant),
  };
  state.vpnServices.push({ item: service, life: { settle: 'ACTIVE', since: store.now() } });
  store.changed();
  return service;
}

/** Name and description change at once; the service keeps running. */
export function updateVpnService(store: ClassicStore, tenant: string, id: string, patch: ServicePatch): StoredVpnService {
  const tracked = findTracked(store.state(tenant).vpnServices, id, 'service');
  if (isPending(tracked.item.status)) {
    throw badRequest(`VPN service ${label(tracked.item)} is ${tracked.item.status}; wait until it is ACTIVE and try again`, 'VPNStateInvalidToUpdate');
  }
  Object.assign(tracked.item, patch);
  store.changed();
  return tracked.item;
}

export function deleteVpnService(store: ClassicStore, tenant: string, id: string): void {
  const state = store.state(tenant);
  const tracked = findTracked(state.vpnServices, id, 'service');
  refuseWhileUsed(usersOf(state, id, ['vpnservice_id']), 'VPNServiceInUse', `VPN service ${label(tracked.item)}`, 'deleted', 'Delete those connections first.');
  if (tracked.item.status === 'PENDING_DELETE') throw badRequest(`VPN service ${label(tracked.item)} is already being deleted`, 'VPNStateInvalidToUpdate');
  begin(tracked, 'PENDING_DELETE', store.now());
  store.changed();
}

export function createEndpointGroup(store: ClassicStore, tenant: string, input: CreateEndpointGroup): StoredEndpointGroup {
  checkTenant(input.tenant_id, tenant);
  const state = store.state(tenant);
  if (input.type === 'subnet') {
    const unknown = input.endpoints.find((e) => !state.subnets.some((s) => s.id === e));
    if (unknown) throw new NeutronHttpError(404, KINDS.subnet.type, `endpoints: ${unknownSubnetMessage(unknown)}`);
  }
  const group: StoredEndpointGroup = {
    id: newUuid(),
    name: input.name ?? '',
    description: input.description ?? '',
    tenant_id: tenant,
    type: input.type,
    endpoints: [...input.endpoints],
  };
  state.endpointGroups.push(group);
  store.changed();
  return group;
}

export function updateEndpointGroup(store: ClassicStore, tenant: string, id: string, patch: GroupPatch): StoredEndpointGroup {
  const group = findById(store.state(tenant).endpointGroups, id, 'group');
  if (patch.name !== undefined) group.name = patch.name;
  if (patch.description !== undefined) group.description = patch.description;
  store.changed();
  return group;
}

export function deleteEndpointGroup(store: ClassicStore, tenant: string, id: string): void {
  const state = store.state(tenant);
  const group = findById(state.endpointGroups, id, 'group');
  const users = usersOf(state, id, ['local_ep_group_id', 'peer_ep_group_id']);
  refuseWhileUsed(users, 'EndpointGroupInUse', `Endpoint group ${label(group)}`, 'deleted', 'Point those connections at another endpoint group or delete them first.');
  state.endpointGroups = state.endpointGroups.filter((g) => g.id !== id);
  store.changed();
}
