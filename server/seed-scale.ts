import { gatewayAddresses } from '../contract/vpn-gateway.ts';
import { createVpnConnectionSchema, type CreateVpnConnection } from '../contract/vpn-connection.ts';
import { seedNumber, seedUuid } from './ids.ts';
import { buildCustomerGateway, buildGateway } from './seed-builders.ts';
import { SEED_PSK } from './seed-data.ts';
import { allocateTunnelPair, tunnelBlockOf } from './store/cidr.ts';
import { buildConnection } from './store/connection-builder.ts';
import type { ProjectState, SettledStatus, StoredCustomerGateway } from './store/types.ts';

const PER_GATEWAY = 200;
const CUSTOMER_GATEWAYS = PER_GATEWAY / 2;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function settleOf(k: number): SettledStatus {
  if (k % 50 === 49) return 'ERROR';
  return k % 10 === 9 ? 'DOWN' : 'ACTIVE';
}

/**
 * Adds `count` generated connections for scale tests, valid under every rule the API enforces:
 * they live on their own `scale-gw-NNN` gateways (200 connections each, 100 per address) towards 100
 * `scale-cgw-NNN` customer gateways, so no address meets a customer gateway twice and no gateway
 * exceeds its connection_number. Creation times are one second apart, after everything else.
 * Schema parsing happens once per style; each connection is then a cheap copy (10,000 in well under a second).
 */
export function addGeneratedConnections(project: ProjectState, projectId: string, count: number, nowMs: number): void {
  const gatewayCount = Math.ceil(count / PER_GATEWAY);
  const cgwCount = Math.min(CUSTOMER_GATEWAYS, Math.ceil(count / 2));
  let t = Math.max(project.lastCreatedMs + 1000, nowMs - (gatewayCount + cgwCount + count + 1) * 1000);
  const next = () => (t += 1000);

  const gateways = Array.from({ length: gatewayCount }, (_, g) => {
    const spec = {
      key: `scale-gw-${g}`,
      name: `scale-gw-${pad(g + 1, 3)}`,
      network: 'public',
      attachment: 'vpc',
      ha: 'active-active',
      flavor: 'Professional2',
      bgpAsn: 64900,
      localSubnets: ['10.128.0.0/16'],
      connectionNumber: PER_GATEWAY,
    } as const;
    const gateway = buildGateway(projectId, { ...spec, localSubnets: [...spec.localSubnets] }, next());
    project.vpnGateways.push(gateway);
    return { gateway, addresses: gatewayAddresses(gateway), usedBlocks: new Set<number>() };
  });
  const cgws: StoredCustomerGateway[] = Array.from({ length: cgwCount }, (_, i) => {
    const cgw = buildCustomerGateway(
      projectId,
      { key: `scale-cgw-${i}`, name: `scale-cgw-${pad(i + 1, 3)}`, ip: `198.18.${Math.floor(i / 200)}.${(i % 200) + 10}`, bgpAsn: 65100 + i },
      next(),
    );
    project.customerGateways.push(cgw);
    return cgw;
  });

  const base = { vgw_id: seedUuid(projectId, 'x'), vgw_ip: seedUuid(projectId, 'x'), cgw_id: seedUuid(projectId, 'x'), psk: SEED_PSK };
  const templates: CreateVpnConnection[] = [
    createVpnConnectionSchema.parse({ ...base, style: 'static', peer_subnets: ['192.168.0.0/24'] }),
    createVpnConnectionSchema.parse({ ...base, style: 'policy', peer_subnets: ['192.168.0.0/24'], policy_rules: [{ source: '10.128.0.0/24', destination: ['192.168.0.0/24'] }] }),
    createVpnConnectionSchema.parse({ ...base, style: 'bgp', peer_subnets: ['192.168.0.0/24'] }),
  ];

  for (let k = 0; k < count; k++) {
    const slot = gateways[Math.floor(k / PER_GATEWAY)];
    const j = k % PER_GATEWAY;
    const address = slot?.addresses[j % 2];
    const cgw = cgws[Math.floor(j / 2)];
    const template = templates[k % 3];
    if (!slot || !address || !cgw || !template) throw new Error('seed-scale: index out of range');
    const subnet = `192.168.${Math.floor(j / 2)}.0/24`;
    const input: CreateVpnConnection =
      template.style === 'policy'
        ? { ...template, peer_subnets: [subnet], policy_rules: [{ source: '10.128.0.0/24', destination: [subnet] }] }
        : { ...template, peer_subnets: [subnet] };
    const tunnel =
      input.style === 'policy' ? undefined : allocateTunnelPair(slot.usedBlocks, seedNumber('tunnel', slot.gateway.id, 16384));
    const block = tunnelBlockOf(tunnel?.local);
    if (block !== undefined) slot.usedBlocks.add(block);
    const connection = buildConnection(
      { ...input, name: `scale-conn-${pad(k + 1, 5)}`, vgw_id: slot.gateway.id, vgw_ip: address.vgwIp, cgw_id: cgw.id },
      { id: seedUuid(projectId, `scale-conn-${k}`), name: '', createdMs: next(), gateway: slot.gateway, address, cgw, tunnel },
    );
    const settle = settleOf(k);
    connection.status = settle;
    project.vpnConnections.push({ connection, settle });
  }
  project.lastCreatedMs = t;
}
