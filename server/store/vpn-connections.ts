import type { ConnectionStatus } from '../../contract/status.ts';
import type { CreateVpnConnection, UpdateVpnConnection } from '../../contract/vpn-connection.ts';
import { connectionBeingUpdated, connectionDeleting, invalidRequest, resourceNotFound } from '../http-error.ts';
import { generatedName, newUuid, seedNumber } from '../ids.ts';
import { allocateTunnelPair } from './cidr.ts';
import { buildConnection } from './connection-builder.ts';
import {
  checkAddressPairUnique,
  checkBgpAsn,
  checkCapacity,
  checkHaRole,
  checkPeerSubnets,
  checkTunnelFree,
  findCustomerGateway,
  findGateway,
  resolveAddress,
  usedTunnelBlocks,
} from './connection-rules.ts';
import { applyUpdate } from './connection-update.ts';
import type { StoreContext } from './context.ts';
import { paginate, type Page } from './paging.ts';
import type { ConnectionRecord, ProjectState, StoredConnection } from './types.ts';

export interface ConnectionListQuery {
  vgw_id?: string | undefined;
  vgw_ip?: string | undefined;
  limit?: number | undefined;
  marker?: string | undefined;
}

/** Documented list default (and maximum) page size. */
export const CONNECTION_PAGE_LIMIT = 2000;

/** A free tunnel /30 on the gateway, starting from a per-gateway offset so pairs look varied. */
export function autoTunnelPair(project: ProjectState, gatewayId: string): { local: string; peer: string } {
  const pair = allocateTunnelPair(usedTunnelBlocks(project, gatewayId), seedNumber('tunnel', gatewayId, 16384));
  if (!pair) throw invalidRequest('vpn_connection.tunnel_local_address: every 169.254.x.x/30 on this gateway is in use; delete a connection first');
  return pair;
}

export class VpnConnectionService {
  constructor(private readonly ctx: StoreContext) {}

  private record(projectId: string, id: string): ConnectionRecord {
    const record = this.ctx.project(projectId).vpnConnections.find((r) => r.connection.id === id);
    if (!record) throw resourceNotFound('VPN connection', id);
    return record;
  }

  list(projectId: string, query: ConnectionListQuery): Page<StoredConnection> {
    const matching = this.ctx
      .project(projectId)
      .vpnConnections.map((r) => r.connection)
      .filter((c) => (query.vgw_id === undefined || c.vgw_id === query.vgw_id) && (query.vgw_ip === undefined || c.vgw_ip === query.vgw_ip));
    // limit 0 is documented as allowed but its meaning is not; it is read as "the default page size".
    const limit = query.limit ? query.limit : CONNECTION_PAGE_LIMIT;
    return paginate(matching, (c) => c.created_at, limit, query.marker);
  }

  get(projectId: string, id: string): StoredConnection {
    return this.record(projectId, id).connection;
  }

  create(projectId: string, input: CreateVpnConnection): StoredConnection {
    const project = this.ctx.project(projectId);
    const gateway = findGateway(project, input.vgw_id);
    const address = resolveAddress(gateway, input.vgw_ip);
    checkHaRole(gateway, address, input.ha_role);
    const cgw = findCustomerGateway(project, input.cgw_id);
    checkCapacity(project, gateway);
    checkAddressPairUnique(project, input.vgw_ip, cgw);
    checkPeerSubnets(gateway, input.style, input.peer_subnets);
    checkBgpAsn(gateway, cgw, input.style);
    let tunnel: { local: string; peer: string } | undefined;
    if (input.style !== 'policy') {
      if (input.tunnel_local_address && input.tunnel_peer_address) {
        checkTunnelFree(project, gateway, input.tunnel_local_address);
        tunnel = { local: input.tunnel_local_address, peer: input.tunnel_peer_address };
      } else {
        tunnel = autoTunnelPair(project, gateway.id);
      }
    }
    const createdMs = this.ctx.nextCreatedMs(project);
    const connection = buildConnection(input, {
      id: newUuid(),
      name: generatedName('vpn'),
      createdMs,
      gateway,
      address,
      cgw,
      tunnel,
    });
    const record: ConnectionRecord = { connection, settle: 'ACTIVE' };
    project.vpnConnections.push(record);
    project.lastCreatedMs = createdMs;
    this.ctx.lifecycle.created(projectId, record);
    this.ctx.lab?.created(projectId, record, input.psk);
    this.ctx.changed();
    return connection;
  }

  update(projectId: string, id: string, patch: UpdateVpnConnection): StoredConnection {
    const project = this.ctx.project(projectId);
    const record = this.record(projectId, id);
    const { status } = record.connection;
    if (status.startsWith('PENDING_')) {
      // PENDING_CREATE/DELETE too: the documented "being updated" answer is the closest the API has.
      throw connectionBeingUpdated(status);
    }
    if (status === 'FREEZED') throw invalidRequest('ILLEGAL not allowed update vpnConnection (the connection is FREEZED)');
    applyUpdate(project, record, patch, this.ctx.clock.now());
    this.ctx.lifecycle.updated(projectId, record);
    this.ctx.lab?.updated(projectId, record, patch);
    this.ctx.changed();
    return record.connection;
  }

  remove(projectId: string, id: string): void {
    const record = this.record(projectId, id);
    const { status } = record.connection;
    if (status === 'PENDING_DELETE') throw connectionDeleting(id);
    if (status === 'FREEZED') throw invalidRequest('ILLEGAL not allowed delete vpnConnection');
    this.ctx.lifecycle.deleting(projectId, record);
    this.ctx.lab?.removed(projectId, id);
    this.ctx.changed();
  }

  /** Control API: put a connection into any status (e.g. FREEZED, ERROR). */
  forceStatus(projectId: string, id: string, status: ConnectionStatus): StoredConnection {
    const record = this.record(projectId, id);
    this.ctx.lifecycle.forced(projectId, record, status);
    this.ctx.changed();
    return record.connection;
  }
}
