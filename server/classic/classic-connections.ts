import type { CreateIpsecSiteConnection, UpdateIpsecSiteConnection } from '../../contract/classic/ipsec-site-connection.ts';
import { newUuid } from '../ids.ts';
import { checkConnectionQuota, checkEndpointGroups, checkPeerAddressFree } from './classic-connection-rules.ts';
import { badRequest } from './classic-errors.ts';
import { begin, isPending } from './classic-lifecycle.ts';
import { checkTenant, findById, findTracked, label } from './classic-lookups.ts';
import type { ClassicStore } from './classic-store.ts';
import type { StoredClassicConnection, TrackedConnection } from './classic-state.ts';

// IPsec site connections: create → PENDING_CREATE, update → PENDING_UPDATE, delete → PENDING_DELETE → gone.

export function listConnections(store: ClassicStore, tenant: string): StoredClassicConnection[] {
  return store.state(tenant).connections.map((c) => c.item);
}

export function getConnection(store: ClassicStore, tenant: string, id: string): TrackedConnection {
  return findTracked(store.state(tenant).connections, id, 'connection');
}

export function createConnection(store: ClassicStore, tenant: string, input: CreateIpsecSiteConnection): StoredClassicConnection {
  checkTenant(input.tenant_id, tenant);
  const state = store.state(tenant);
  findById(state.ikePolicies, input.ikepolicy_id, 'ike');
  findById(state.ipsecPolicies, input.ipsecpolicy_id, 'ipsec');
  const service = findTracked(state.vpnServices, input.vpnservice_id, 'service').item;
  const local = findById(state.endpointGroups, input.local_ep_group_id, 'group');
  const peer = findById(state.endpointGroups, input.peer_ep_group_id, 'group');
  if (service.status === 'PENDING_DELETE') throw badRequest(`VPN service ${label(service)} is being deleted; choose another VPN service`, 'VPNStateInvalidToUpdate');
  checkConnectionQuota(state);
  checkEndpointGroups(state, service.router_id, local, peer);
  checkPeerAddressFree(state, service.id, input.peer_address);
  const item: StoredClassicConnection = {
    id: newUuid(),
    name: input.name ?? '',
    description: '',
    status: 'PENDING_CREATE',
    psk: input.psk,
    initiator: input.initiator,
    admin_state_up: true,
    tenant_id: tenant,
    auth_mode: 'psk',
    route_mode: 'static',
    mtu: 1500,
    peer_cidrs: [],
    peer_address: input.peer_address,
    peer_id: input.peer_id,
    ikepolicy_id: input.ikepolicy_id,
    ipsecpolicy_id: input.ipsecpolicy_id,
    vpnservice_id: input.vpnservice_id,
    local_ep_group_id: input.local_ep_group_id,
    peer_ep_group_id: input.peer_ep_group_id,
    dpd: { ...input.dpd },
    created_at: store.createdAt(tenant),
  };
  state.connections.push({ item, life: { settle: 'ACTIVE', since: store.now() } });
  store.changed();
  return item;
}

function refusePending(tracked: TrackedConnection, verb: string): void {
  const { status } = tracked.item;
  if (isPending(status)) {
    throw badRequest(
      `IPsec site connection ${label(tracked.item)} is ${status} and cannot be ${verb} now; wait until it is ACTIVE or DOWN and try again`,
      'VPNStateInvalidToUpdate',
    );
  }
}

export function updateConnection(store: ClassicStore, tenant: string, id: string, patch: UpdateIpsecSiteConnection): StoredClassicConnection {
  const state = store.state(tenant);
  const tracked = findTracked(state.connections, id, 'connection');
  refusePending(tracked, 'updated');
  const item = tracked.item;
  const localId = patch.local_ep_group_id ?? item.local_ep_group_id;
  const peerId = patch.peer_ep_group_id ?? item.peer_ep_group_id;
  if (patch.local_ep_group_id !== undefined || patch.peer_ep_group_id !== undefined) {
    const service = findTracked(state.vpnServices, item.vpnservice_id, 'service').item;
    checkEndpointGroups(state, service.router_id, findById(state.endpointGroups, localId, 'group'), findById(state.endpointGroups, peerId, 'group'));
  }
  if (patch.peer_address !== undefined) checkPeerAddressFree(state, item.vpnservice_id, patch.peer_address, item.id);
  const dpd = { ...item.dpd, ...patch.dpd };
  if (dpd.timeout <= dpd.interval) {
    throw badRequest(`Invalid input for ipsec_site_connection.dpd.timeout: The DPD timeout (${dpd.timeout} s) must be greater than the interval (${dpd.interval} s), e.g. ${dpd.interval * 4} s`);
  }
  Object.assign(item, {
    name: patch.name ?? item.name,
    psk: patch.psk ?? item.psk,
    initiator: patch.initiator ?? item.initiator,
    peer_address: patch.peer_address ?? item.peer_address,
    peer_id: patch.peer_id ?? item.peer_id,
    local_ep_group_id: localId,
    peer_ep_group_id: peerId,
    dpd,
  });
  begin(tracked, 'PENDING_UPDATE', store.now());
  store.changed();
  return item;
}

export function deleteConnection(store: ClassicStore, tenant: string, id: string): void {
  const tracked = getConnection(store, tenant, id);
  if (tracked.item.status === 'PENDING_DELETE') refusePending(tracked, 'deleted again');
  begin(tracked, 'PENDING_DELETE', store.now());
  store.changed();
}
