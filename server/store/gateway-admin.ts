import type { CreateVpnGateway, GatewayFlavor } from '../../contract/vpn-gateway-requests.ts';
import type { z } from 'zod';
import type { updateVpnGatewaySchema } from '../../contract/vpn-gateway-requests.ts';
import type { VpnGateway } from '../../contract/vpn-gateway.ts';
import { invalidRequest, resourceNotFound } from '../http-error.ts';
import { newUuid, otcTimestamp } from '../ids.ts';
import { firstOverlap } from './cidr.ts';
import { usedConnectionGroups } from './connection-rules.ts';
import type { StoreContext } from './context.ts';
import { checkEipFree, existingEip } from './gateway-addresses.ts';
import { buildNewGateway } from './gateway-create.ts';
import type { GatewayLifecycle } from './gateway-lifecycle.ts';
import { checkSpecificationChange, connectionsOn, listNames, requireReady } from './gateway-rules.ts';
import { createView, updateView } from './gateway-views.ts';
import { checkQuota } from './quotas.ts';
import type { ProjectState, StoredGateway } from './types.ts';

type UpdateVpnGateway = z.output<typeof updateVpnGatewaySchema>;

/** Create, update, change of specification and delete of VPN gateways (reads stay in VpnGatewayService). */
export class GatewayAdminService {
  constructor(
    private readonly ctx: StoreContext,
    private readonly lifecycle: GatewayLifecycle,
  ) {}

  private find(projectId: string, id: string): StoredGateway {
    const gateway = this.ctx.project(projectId).vpnGateways.find((g) => g.id === id);
    if (!gateway) throw resourceNotFound('VPN gateway', id);
    return gateway;
  }

  /** 404 before the body is looked at, as for the other resources. */
  assertExists(projectId: string, id: string): void {
    this.find(projectId, id);
  }

  create(projectId: string, input: CreateVpnGateway): Partial<VpnGateway> {
    const project = this.ctx.project(projectId);
    checkQuota(project, 'vpn_gateway');
    const createdMs = this.ctx.nextCreatedMs(project);
    const gateway = buildNewGateway(project, input, newUuid(), createdMs);
    project.vpnGateways.push(gateway);
    project.lastCreatedMs = createdMs;
    this.lifecycle.begin(projectId, gateway, 'PENDING_CREATE');
    this.ctx.changed();
    return createView(project, gateway);
  }

  /** Renames at once; new local subnets or EIPs are applied through PENDING_UPDATE. */
  update(projectId: string, id: string, patch: UpdateVpnGateway): Partial<VpnGateway> {
    const project = this.ctx.project(projectId);
    const gateway = this.find(projectId, id);
    requireReady(gateway, 'update');
    if (Object.keys(patch).length === 0) {
      throw invalidRequest('vpn_gateway: nothing to change; send at least one of name, local_subnets, eip_id_1, eip_id_2');
    }
    if (patch.local_subnets) checkLocalSubnets(project, gateway, patch.local_subnets);
    const eips = eipChanges(project, gateway, patch);
    if (patch.name !== undefined) gateway.name = patch.name;
    if (patch.local_subnets) gateway.local_subnets = [...patch.local_subnets];
    for (const [slot, eipId] of eips) gateway[slot] = existingEip(project, eipId);
    gateway.updated_at = otcTimestamp(this.ctx.clock.now());
    if (patch.local_subnets || eips.length > 0) this.lifecycle.begin(projectId, gateway, 'PENDING_UPDATE');
    this.ctx.changed();
    return updateView(project, gateway);
  }

  updateSpecification(projectId: string, id: string, flavor: GatewayFlavor): Partial<VpnGateway> {
    const project = this.ctx.project(projectId);
    const gateway = this.find(projectId, id);
    requireReady(gateway, 'update');
    checkSpecificationChange(gateway, flavor, usedConnectionGroups(project, id));
    gateway.flavor = flavor;
    gateway.updated_at = otcTimestamp(this.ctx.clock.now());
    this.lifecycle.begin(projectId, gateway, 'PENDING_UPDATE');
    this.ctx.changed();
    return updateView(project, gateway);
  }

  /** Refused while connections use the gateway (choice of the mock; the docs are silent, see errors.md). */
  remove(projectId: string, id: string): void {
    const project = this.ctx.project(projectId);
    const gateway = this.find(projectId, id);
    requireReady(gateway, 'delete');
    const users = connectionsOn(project, id);
    if (users.length > 0) {
      throw invalidRequest(
        `vpn gateway ${id} has connection; delete its ${users.length} VPN connection${users.length === 1 ? '' : 's'} first (${listNames(users)})`,
      );
    }
    this.lifecycle.begin(projectId, gateway, 'PENDING_DELETE');
    this.ctx.changed();
  }
}

function checkLocalSubnets(project: ProjectState, gateway: StoredGateway, subnets: readonly string[]): void {
  if (gateway.attachment_type === 'er') {
    throw invalidRequest(`vpn_gateway.local_subnets: gateway ${gateway.name} is attached to an enterprise router, which routes by itself; local_subnets applies only to VPC attachment`);
  }
  for (const r of project.vpnConnections) {
    if (r.connection.vgw_id !== gateway.id) continue;
    const overlap = firstOverlap(subnets, r.connection.peer_subnets ?? []);
    if (overlap) {
      throw invalidRequest(
        `vpn_gateway.local_subnets: ${overlap[0]} overlaps ${overlap[1]}, a customer subnet of connection ${r.connection.name}; local subnets must lie outside the customer subnets`,
      );
    }
  }
}

/** The EIP slots to replace. A slot that carries connections keeps its EIP: they reach the gateway through it. */
function eipChanges(project: ProjectState, gateway: StoredGateway, patch: UpdateVpnGateway): ['eip1' | 'eip2', string][] {
  const wanted = ([['eip1', patch.eip_id_1], ['eip2', patch.eip_id_2]] as const).filter(
    (pair): pair is readonly ['eip1' | 'eip2', string] => pair[1] !== undefined && pair[1] !== gateway[pair[0]]?.id,
  );
  if (wanted.length > 0 && gateway.network_type === 'private') {
    throw invalidRequest(`vpn_gateway.eip_id_1: gateway ${gateway.name} is private and has no EIPs; eip_id_1/eip_id_2 apply only to public gateways`);
  }
  if (patch.eip_id_1 !== undefined && patch.eip_id_1 === patch.eip_id_2) {
    throw invalidRequest(`vpn_gateway.eip_id_2: ${patch.eip_id_2} is already given as eip_id_1; each slot needs its own EIP`);
  }
  return wanted.map(([slot, eipId]) => {
    const field = `vpn_gateway.eip_id_${slot === 'eip1' ? 1 : 2}`;
    const old = gateway[slot]?.id;
    const users = project.vpnConnections.filter((r) => r.connection.vgw_id === gateway.id && r.connection.vgw_ip === old);
    if (users.length > 0) {
      throw invalidRequest(
        `${field}: ${users.length} connection${users.length === 1 ? '' : 's'} use the current EIP ${old} (${listNames(users.map((r) => r.connection.name))}); delete them before replacing the EIP`,
      );
    }
    checkEipFree(project, eipId, field);
    return [slot, eipId];
  });
}
