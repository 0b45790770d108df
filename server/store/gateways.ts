import type { CreateCustomerGateway } from '../../contract/customer-gateway.ts';
import type { VpnGateway } from '../../contract/vpn-gateway.ts';
import { invalidRequest, resourceNotFound } from '../http-error.ts';
import { generatedName, newUuid, otcTimestamp } from '../ids.ts';
import type { StoreContext } from './context.ts';
import { listView, showView } from './gateway-views.ts';
import { paginate, type Page } from './paging.ts';
import { checkQuota } from './quotas.ts';
import type { StoredCustomerGateway } from './types.ts';

/** Reads of VPN gateways (changes: GatewayAdminService in gateway-admin.ts). */
export class VpnGatewayService {
  constructor(private readonly ctx: StoreContext) {}

  /** The list table of the docs has no used_connection_* fields. */
  list(projectId: string): VpnGateway[] {
    return this.ctx.project(projectId).vpnGateways.map(listView);
  }

  /** Show adds the live used_connection_number / used_connection_group. */
  get(projectId: string, id: string): VpnGateway {
    const project = this.ctx.project(projectId);
    const gateway = project.vpnGateways.find((g) => g.id === id);
    if (!gateway) throw resourceNotFound('VPN gateway', id);
    return showView(project, gateway);
  }
}

export const CUSTOMER_GATEWAY_PAGE_LIMIT = 200;

export class CustomerGatewayService {
  constructor(private readonly ctx: StoreContext) {}

  private find(projectId: string, id: string): StoredCustomerGateway {
    const cgw = this.ctx.project(projectId).customerGateways.find((g) => g.id === id);
    if (!cgw) throw resourceNotFound('customer gateway', id);
    return cgw;
  }

  list(projectId: string, limit: number | undefined, marker: string | undefined): Page<StoredCustomerGateway> {
    const all = this.ctx.project(projectId).customerGateways;
    return paginate(all, (g) => g.created_at, limit ? limit : CUSTOMER_GATEWAY_PAGE_LIMIT, marker);
  }

  get(projectId: string, id: string): StoredCustomerGateway {
    return this.find(projectId, id);
  }

  create(projectId: string, input: CreateCustomerGateway): StoredCustomerGateway {
    const project = this.ctx.project(projectId);
    checkQuota(project, 'customer_gateway');
    const createdMs = this.ctx.nextCreatedMs(project);
    const stamp = otcTimestamp(createdMs);
    const cgw: StoredCustomerGateway = {
      id: newUuid(),
      name: input.name ?? generatedName('cgw'),
      id_type: input.id_type,
      id_value: input.id_value,
      ...(input.bgp_asn !== undefined ? { bgp_asn: input.bgp_asn } : {}),
      created_at: stamp,
      updated_at: stamp,
      tags: input.tags ? input.tags.map((t) => ({ ...t })) : [],
    };
    project.customerGateways.push(cgw);
    project.lastCreatedMs = createdMs;
    this.ctx.changed();
    return cgw;
  }

  rename(projectId: string, id: string, name: string): StoredCustomerGateway {
    const cgw = this.find(projectId, id);
    cgw.name = name;
    cgw.updated_at = otcTimestamp(Math.max(this.ctx.clock.now(), Date.parse(cgw.created_at)));
    this.ctx.changed();
    return cgw;
  }

  remove(projectId: string, id: string): void {
    const project = this.ctx.project(projectId);
    this.find(projectId, id);
    const users = project.vpnConnections.filter((r) => r.connection.cgw_id === id).map((r) => r.connection.name);
    if (users.length > 0) {
      const listed = users.slice(0, 3).join(', ') + (users.length > 3 ? ', …' : '');
      throw invalidRequest(
        `customer gateway ${id} has connection; delete its ${users.length} VPN connection${users.length === 1 ? '' : 's'} first (${listed})`,
      );
    }
    project.customerGateways = project.customerGateways.filter((g) => g.id !== id);
    this.ctx.changed();
  }
}
