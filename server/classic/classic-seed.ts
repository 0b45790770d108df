import { neutronTimestamp } from '../../contract/classic/classic-common.ts';
import { seedNumber, seedUuid } from '../ids.ts';
import type { ClassicState, StoredClassicConnection } from './classic-state.ts';

// The classic estate every tenant starts with: two VPCs (routers) with subnets, one VPN service on the web
// VPC, policies and endpoint groups, and two connections. Some objects are unused, so they can be deleted.

/** Stored and returned like OTC does (the console never shows it). */
export const CLASSIC_SEED_PSK = 'Classic-Seed-Key1';

const DAY = 86_400_000;

const ROUTERS = [
  { key: 'r-web', name: 'vpc-web-prod' },
  { key: 'r-data', name: 'vpc-data' },
] as const;

const SUBNETS = [
  { key: 'sn-web-a', name: 'subnet-web-a', cidr: '10.1.1.0/24', router: 'r-web' },
  { key: 'sn-web-b', name: 'subnet-web-b', cidr: '10.1.2.0/24', router: 'r-web' },
  { key: 'sn-app', name: 'subnet-app', cidr: '10.1.3.0/24', router: 'r-web' },
  { key: 'sn-db', name: 'subnet-db', cidr: '10.2.1.0/24', router: 'r-data' },
  { key: 'sn-backup', name: 'subnet-backup', cidr: '10.2.2.0/24', router: 'r-data' },
] as const;

export interface ClassicSeedOptions {
  /** Only the VPCs and their subnets, no VPN objects. */
  empty?: boolean;
}

/** A tenant's initial classic state; ids depend only on the tenant id. */
export function seedClassic(tenant: string, nowMs: number, options: ClassicSeedOptions = {}): ClassicState {
  const id = (key: string) => seedUuid(tenant, `classic/${key}`);
  const at = (daysAgo: number) => neutronTimestamp(new Date(nowMs - daysAgo * DAY + seedNumber(tenant, `classic/t${daysAgo}`, 86_000_000)));
  const state: ClassicState = {
    routers: ROUTERS.map((r) => ({ id: id(r.key), name: r.name, status: 'ACTIVE', admin_state_up: true, tenant_id: tenant })),
    subnets: SUBNETS.map((s) => ({
      id: id(s.key),
      name: s.name,
      cidr: s.cidr,
      gateway_ip: s.cidr.replace(/0\/24$/, '1'),
      ip_version: 4,
      network_id: id(`${s.key}/network`),
      vpc_id: id(s.router),
      tenant_id: tenant,
    })),
    ikePolicies: [],
    ipsecPolicies: [],
    vpnServices: [],
    endpointGroups: [],
    connections: [],
  };
  if (options.empty) return state;
  const lifetime = (value: number) => ({ units: 'seconds', value });
  const common = { description: '', tenant_id: tenant };
  state.ikePolicies.push(
    { ...common, id: id('ike-hq'), name: 'ike-hq-v2', auth_algorithm: 'sha2-256', encryption_algorithm: 'aes-256', ike_version: 'v2', pfs: 'group14', phase1_negotiation_mode: 'main', lifetime: lifetime(86400) },
    { ...common, id: id('ike-legacy'), name: 'ike-v1-legacy', auth_algorithm: 'sha1', encryption_algorithm: 'aes-128', ike_version: 'v1', pfs: 'group5', phase1_negotiation_mode: 'main', lifetime: lifetime(3600) },
  );
  state.ipsecPolicies.push(
    { ...common, id: id('ipsec-hq'), name: 'ipsec-hq', auth_algorithm: 'sha2-256', encryption_algorithm: 'aes-256', pfs: 'group14', transform_protocol: 'esp', encapsulation_mode: 'tunnel', lifetime: lifetime(3600) },
    { ...common, id: id('ipsec-legacy'), name: 'ipsec-legacy', auth_algorithm: 'sha1', encryption_algorithm: 'aes-128', pfs: 'group5', transform_protocol: 'esp', encapsulation_mode: 'tunnel', lifetime: lifetime(3600) },
  );
  const n = seedNumber(tenant, 'classic/eip', 250 * 250);
  state.vpnServices.push({
    item: { ...common, id: id('svc-web'), name: 'vpnsvc-web', router_id: id('r-web'), subnet_id: null, status: 'ACTIVE', admin_state_up: true, external_v4_ip: `80.158.${Math.floor(n / 250) + 2}.${(n % 250) + 2}`, created_at: at(40) },
    life: { settle: 'ACTIVE', since: nowMs },
  });
  state.endpointGroups.push(
    { ...common, id: id('eg-local-web'), name: 'local-web', type: 'subnet', endpoints: [id('sn-web-a'), id('sn-web-b')] },
    { ...common, id: id('eg-peer-hq'), name: 'peer-hq', type: 'cidr', endpoints: ['192.168.10.0/24', '192.168.11.0/24'] },
    { ...common, id: id('eg-peer-lab'), name: 'peer-lab', type: 'cidr', endpoints: ['172.20.0.0/16'] },
    { ...common, id: id('eg-peer-spare'), name: 'peer-spare', type: 'cidr', endpoints: ['192.168.99.0/24'] },
  );
  const connection = (key: string, name: string, peer: string, peerGroup: string, daysAgo: number, status: 'ACTIVE' | 'DOWN'): StoredClassicConnection => ({
    ...common,
    id: id(key),
    name,
    status,
    psk: CLASSIC_SEED_PSK,
    initiator: 'bi-directional',
    admin_state_up: true,
    auth_mode: 'psk',
    route_mode: 'static',
    mtu: 1500,
    peer_cidrs: [],
    peer_address: peer,
    peer_id: peer,
    ikepolicy_id: id('ike-hq'),
    ipsecpolicy_id: id('ipsec-hq'),
    vpnservice_id: id('svc-web'),
    local_ep_group_id: id('eg-local-web'),
    peer_ep_group_id: id(peerGroup),
    dpd: { action: 'hold', interval: 30, timeout: 120 },
    created_at: at(daysAgo),
  });
  state.connections.push(
    { item: connection('conn-hq', 'classic-hq', '203.0.113.10', 'eg-peer-hq', 30, 'ACTIVE'), life: { settle: 'ACTIVE', since: nowMs } },
    // The lab peer is switched off: the tunnel stays "not connected".
    { item: connection('conn-lab', 'classic-lab', 'vpn.lab.example.com', 'eg-peer-lab', 12, 'DOWN'), life: { settle: 'DOWN', since: nowMs } },
  );
  return state;
}
