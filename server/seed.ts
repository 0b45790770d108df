import { createVpnConnectionSchema } from '../contract/vpn-connection.ts';
import { gatewayAddresses } from '../contract/vpn-gateway.ts';
import { seedNumber, seedUuid } from './ids.ts';
import { buildCustomerGateway, buildGateway } from './seed-builders.ts';
import { DEMO_CONNECTIONS, DEMO_CUSTOMER_GATEWAYS, DEMO_GATEWAYS, SEED_PSK } from './seed-data.ts';
import { addGeneratedConnections } from './seed-scale.ts';
import { buildConnection } from './store/connection-builder.ts';
import { autoTunnelPair } from './store/vpn-connections.ts';
import { emptyProject, type ProjectState } from './store/types.ts';

export interface SeedOptions {
  /** Extra generated connections for scale tests (on their own gateways). */
  connections?: number;
  /** Start without the demo estate. */
  empty?: boolean;
}

const DAY = 86_400_000;

function addDemoEstate(project: ProjectState, projectId: string, nowMs: number): void {
  // Spread over the past months, each object at its own millisecond, in creation order.
  const at = (daysAgo: number, index: number) => nowMs - daysAgo * DAY + index * 3_600_000 + seedNumber(projectId, `t${index}`, 1000);
  DEMO_GATEWAYS.forEach((spec, i) => project.vpnGateways.push(buildGateway(projectId, spec, at(120 - i * 7, i))));
  DEMO_CUSTOMER_GATEWAYS.forEach((spec, i) => project.customerGateways.push(buildCustomerGateway(projectId, spec, at(60 - i * 4, i))));
  DEMO_CONNECTIONS.forEach((spec, i) => {
    const gateway = project.vpnGateways.find((g) => g.id === seedUuid(projectId, spec.gateway));
    const cgw = project.customerGateways.find((g) => g.id === seedUuid(projectId, spec.cgw));
    const address = gateway && gatewayAddresses(gateway).find((a) => a.slot === spec.slot);
    if (!gateway || !cgw || !address) throw new Error(`seed-data: connection ${spec.key} references an unknown gateway, address or customer gateway`);
    const input = createVpnConnectionSchema.parse({ ...spec.body, vgw_id: gateway.id, vgw_ip: address.vgwIp, cgw_id: cgw.id, psk: SEED_PSK });
    const createdMs = at(30 - i * 2, i);
    const tunnel = input.style === 'policy' ? undefined : autoTunnelPair(project, gateway.id);
    const connection = buildConnection(input, { id: seedUuid(projectId, spec.key), name: spec.key, createdMs, gateway, address, cgw, tunnel });
    connection.status = spec.settle;
    project.vpnConnections.push({ connection, settle: spec.settle });
  });
}

/**
 * The state a project starts with: the demo estate (unless `empty`) plus `connections` generated ones.
 * Ids depend only on the project id, so a project always gets the same demo ids.
 */
export function seedProject(projectId: string, nowMs: number, options: SeedOptions = {}): ProjectState {
  const project = emptyProject();
  if (!options.empty) addDemoEstate(project, projectId, nowMs);
  project.lastCreatedMs = Math.max(0, ...project.vpnGateways.map((g) => Date.parse(g.created_at)),
    ...project.customerGateways.map((g) => Date.parse(g.created_at)),
    ...project.vpnConnections.map((r) => Date.parse(r.connection.created_at)));
  if (options.connections) addGeneratedConnections(project, projectId, options.connections, nowMs);
  return project;
}
