import { describe, expect, it } from 'vitest';
import { vpnConnectionSchema } from '../contract/vpn-connection.ts';
import { gatewayAddresses } from '../contract/vpn-gateway.ts';
import { seedProject } from './seed.ts';
import { cidrsOverlap, tunnelBlockOf } from './store/cidr.ts';
import type { ProjectState } from './store/types.ts';
import { OTHER_PROJECT, PROJECT } from './test-support.ts';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

/** Every cross-object rule the API enforces on create must also hold for seeded data. */
function estateProblems(project: ProjectState): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const gateways = new Map(project.vpnGateways.map((g) => [g.id, g]));
  const cgws = new Map(project.customerGateways.map((g) => [g.id, g]));
  const pairs = new Set<string>();
  const tunnels = new Set<string>();
  const used = new Map<string, number>();
  for (const { connection: c } of project.vpnConnections) {
    const gw = gateways.get(c.vgw_id);
    const cgw = cgws.get(c.cgw_id);
    if (!gw || !cgw) {
      problems.push(`${c.name}: unknown gateway or customer gateway`);
      continue;
    }
    const address = gatewayAddresses(gw).find((a) => a.vgwIp === c.vgw_ip);
    check(address !== undefined, `${c.name}: vgw_ip is not an address of its gateway`);
    if (gw.ha_mode === 'active-standby') check(c.ha_role === address?.haRole, `${c.name}: ha_role does not match the address`);
    const pair = `${c.vgw_ip}→${c.cgw_id}`;
    check(!pairs.has(pair), `${c.name}: address/customer gateway pair used twice`);
    pairs.add(pair);
    for (const subnet of c.peer_subnets ?? []) {
      for (const local of gw.local_subnets ?? []) check(!cidrsOverlap(subnet, local), `${c.name}: ${subnet} overlaps ${local}`);
    }
    if (c.style === 'BGP') check(cgw.bgp_asn !== gw.bgp_asn, `${c.name}: same BGP ASN on both ends`);
    if (c.style !== 'POLICY') {
      const key = `${gw.id}/${tunnelBlockOf(c.tunnel_local_address)}`;
      check(tunnelBlockOf(c.tunnel_local_address) !== undefined && !tunnels.has(key), `${c.name}: tunnel /30 missing or used twice on the gateway`);
      tunnels.add(key);
    }
    check(c.ikepolicy?.local_id === address?.address && c.ikepolicy?.peer_id === cgw.id_value, `${c.name}: IKE identities are not the addresses in use`);
    used.set(gw.id, (used.get(gw.id) ?? 0) + 1);
  }
  for (const [id, n] of used) check(n <= (gateways.get(id)?.connection_number ?? 0), `gateway ${id} has ${n} connections, above its connection_number`);
  const created = project.vpnConnections.map((r) => r.connection.created_at);
  check(new Set(created).size === created.length, 'created_at values are not unique');
  check(created.every((t, i) => i === 0 || t > (created[i - 1] ?? '')), 'connections are not in created_at order');
  check(created.every((t) => Date.parse(t) <= project.lastCreatedMs), 'lastCreatedMs is older than a connection');
  return problems;
}

describe('seedProject', () => {
  it('gives a project the same ids every time, and another project different ones', () => {
    const a = seedProject(PROJECT, NOW);
    const b = seedProject(PROJECT, NOW + 86_400_000);
    const other = seedProject(OTHER_PROJECT, NOW);
    const ids = (p: ProjectState) => [...p.vpnGateways.map((g) => g.id), ...p.customerGateways.map((g) => g.id), ...p.vpnConnections.map((r) => r.connection.id), ...p.vpnGateways.map((g) => g.eip1?.id)];
    expect(ids(b)).toEqual(ids(a));
    expect(ids(other).filter((id) => id && ids(a).includes(id))).toEqual([]);
    expect(a.vpnConnections.map((r) => r.connection.tunnel_local_address)).toEqual(b.vpnConnections.map((r) => r.connection.tunnel_local_address));
  });

  it('seeds a realistic estate that obeys every API rule', () => {
    const project = seedProject(PROJECT, NOW);
    expect(project.vpnGateways).toHaveLength(6);
    expect(project.customerGateways.map((g) => g.id_value).every((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(ip))).toBe(true);
    expect(project.vpnConnections.length).toBeGreaterThanOrEqual(12);
    expect(project.vpnConnections.map((r) => r.connection.name)).toContain('hq-frankfurt-primary');
    expect(new Set(project.vpnConnections.map((r) => r.connection.status))).toEqual(new Set(['ACTIVE', 'DOWN', 'ERROR']));
    for (const r of project.vpnConnections) expect(vpnConnectionSchema.safeParse(r.connection).success).toBe(true);
    expect(Date.parse(project.vpnConnections.at(-1)?.connection.created_at ?? '')).toBeLessThan(NOW);
    expect(estateProblems(project)).toEqual([]);
  });

  it('generates 10,000 valid connections quickly, after the demo ones', () => {
    const started = performance.now();
    const project = seedProject(PROJECT, NOW, { connections: 10000 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(project.vpnConnections).toHaveLength(10013);
    expect(new Set(project.vpnConnections.map((r) => r.connection.style))).toEqual(new Set(['STATIC', 'POLICY', 'BGP']));
    expect(estateProblems(project)).toEqual([]);
  });

  it('can seed an empty project, or generated connections only', () => {
    expect(seedProject(PROJECT, NOW, { empty: true })).toEqual({ vpnGateways: [], customerGateways: [], vpnConnections: [], lastCreatedMs: 0 });
    const generated = seedProject(PROJECT, NOW, { empty: true, connections: 450 });
    expect(generated.vpnGateways.map((g) => g.name)).toEqual(['scale-gw-001', 'scale-gw-002', 'scale-gw-003']);
    expect(estateProblems(generated)).toEqual([]);
  });

  it('the rule check used above does catch a broken estate', () => {
    const project = seedProject(PROJECT, NOW);
    const [first] = project.vpnConnections;
    if (!first) throw new Error('no seeded connection');
    project.vpnConnections.push({ ...first, connection: { ...first.connection, id: 'copy', name: 'copy', peer_subnets: ['10.10.1.0/24'] } });
    expect(estateProblems(project)).toEqual(
      expect.arrayContaining([
        'copy: address/customer gateway pair used twice',
        'copy: 10.10.1.0/24 overlaps 10.10.0.0/16',
        'copy: tunnel /30 missing or used twice on the gateway',
        'created_at values are not unique',
      ]),
    );
  });
});
