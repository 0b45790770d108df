// Test support (imported by the classic feature's tests only): a project like the mock's classic seed and a
// fake fetch that answers the classic API from it and records what the console sent.
import { vi } from 'vitest';

export const IDS = {
  rWeb: '10000000-0000-4000-8000-000000000001',
  rData: '10000000-0000-4000-8000-000000000002',
  snWeb: '20000000-0000-4000-8000-000000000001',
  snDb: '20000000-0000-4000-8000-000000000002',
  svcWeb: '30000000-0000-4000-8000-000000000001',
  ikeHq: '40000000-0000-4000-8000-000000000001',
  ikeLegacy: '40000000-0000-4000-8000-000000000002',
  ipsecHq: '50000000-0000-4000-8000-000000000001',
  egLocal: '60000000-0000-4000-8000-000000000001',
  egPeer: '60000000-0000-4000-8000-000000000002',
  connHq: '70000000-0000-4000-8000-000000000001',
  connLab: '70000000-0000-4000-8000-000000000002',
};

const lifetime = (value: number) => ({ units: 'seconds', value });

export function classicSeed() {
  return {
    routers: [{ id: IDS.rWeb, name: 'vpc-web-prod' }, { id: IDS.rData, name: 'vpc-data' }],
    subnets: [
      { id: IDS.snWeb, name: 'subnet-web-a', cidr: '10.1.1.0/24', vpc_id: IDS.rWeb },
      { id: IDS.snDb, name: 'subnet-db', cidr: '10.2.1.0/24', vpc_id: IDS.rData },
    ],
    vpnservices: [{ id: IDS.svcWeb, name: 'vpnsvc-web', router_id: IDS.rWeb, status: 'ACTIVE', external_v4_ip: '80.158.1.2' }],
    ikepolicies: [
      { id: IDS.ikeHq, name: 'ike-hq-v2', auth_algorithm: 'sha2-256', encryption_algorithm: 'aes-256', ike_version: 'v2', pfs: 'group14', lifetime: lifetime(86400) },
      { id: IDS.ikeLegacy, name: 'ike-v1-legacy', auth_algorithm: 'sha1', encryption_algorithm: 'aes-128', ike_version: 'v1', pfs: 'group5', lifetime: lifetime(3600) },
    ],
    ipsecpolicies: [{ id: IDS.ipsecHq, name: 'ipsec-hq', auth_algorithm: 'sha2-256', encryption_algorithm: 'aes-256', pfs: 'group14', transform_protocol: 'esp', encapsulation_mode: 'tunnel', lifetime: lifetime(3600) }],
    endpoint_groups: [
      { id: IDS.egLocal, name: 'local-web', type: 'subnet', endpoints: [IDS.snWeb] },
      { id: IDS.egPeer, name: 'peer-hq', type: 'cidr', endpoints: ['192.168.10.0/24'] },
    ],
    ipsec_site_connections: [
      {
        id: IDS.connHq, name: 'classic-hq', status: 'ACTIVE', psk: 'Seed-Secret-Key', initiator: 'bi-directional', peer_address: '203.0.113.10', peer_id: '203.0.113.10',
        ikepolicy_id: IDS.ikeHq, ipsecpolicy_id: IDS.ipsecHq, vpnservice_id: IDS.svcWeb, local_ep_group_id: IDS.egLocal, peer_ep_group_id: IDS.egPeer,
        dpd: { action: 'hold', interval: 30, timeout: 120 }, mtu: 1500, route_mode: 'static', auth_mode: 'psk', created_at: '2026-01-10 09:00:00.000000',
      },
    ],
  };
}

/** A second connection (other IKE policy, same groups) for tests that need more than one row. */
export function classicLabConnection() {
  return {
    id: IDS.connLab, name: 'classic-lab', status: 'DOWN', psk: 'Lab-Secret-Key', initiator: 'response-only', peer_address: '198.51.100.20', peer_id: '198.51.100.20',
    ikepolicy_id: IDS.ikeLegacy, ipsecpolicy_id: IDS.ipsecHq, vpnservice_id: IDS.svcWeb, local_ep_group_id: IDS.egLocal, peer_ep_group_id: IDS.egPeer,
    dpd: { action: 'restart', interval: 20, timeout: 80 }, mtu: 1500, route_mode: 'static', auth_mode: 'psk', created_at: '2026-01-12 09:00:00.000000',
  };
}

const SINGULAR: Record<string, string> = {
  vpnservices: 'vpnservice',
  ikepolicies: 'ikepolicy',
  ipsecpolicies: 'ipsecpolicy',
  'endpoint-groups': 'endpoint_group',
  'ipsec-site-connections': 'ipsec_site_connection',
};
const LIST_KEY: Record<string, keyof ReturnType<typeof classicSeed>> = {
  vpnservices: 'vpnservices',
  ikepolicies: 'ikepolicies',
  ipsecpolicies: 'ipsecpolicies',
  'endpoint-groups': 'endpoint_groups',
  'ipsec-site-connections': 'ipsec_site_connections',
};

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** A fake classic API; `fail(method, path)` makes one call answer with a Neutron error instead. */
export function stubClassicApi(options: { fail?: (method: string, path: string) => Response | undefined; plainNeutronSubnets?: boolean } = {}) {
  const seed = classicSeed();
  // Standard Neutron subnets carry no vpc_id (OTC's do).
  const db = options.plainNeutronSubnets ? { ...seed, subnets: seed.subnets.map(({ vpc_id: _vpc, ...rest }) => rest) } : seed;
  const sent: SentRequest[] = [];
  let n = 0;
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://console.test');
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, Record<string, unknown>>) : undefined;
    if (method !== 'GET') sent.push({ method, path: url.pathname, body });
    const failed = options.fail?.(method, url.pathname);
    if (failed) return failed;
    const [, , area, collection, id] = url.pathname.split('/');
    if (area === 'routers' || area === 'subnets') return Response.json({ [area]: db[area] });
    const key = collection ? LIST_KEY[collection] : undefined;
    if (area !== 'vpn' || !collection || !key) return Response.json({ NeutronError: { type: 'HTTPNotFound', message: 'no such path' } }, { status: 404 });
    const list = db[key] as Record<string, unknown>[];
    const wrapper = SINGULAR[collection] as string;
    if (method === 'GET' && !id) return Response.json({ [key]: list });
    if (method === 'POST') {
      n += 1;
      const created = { id: `90000000-0000-4000-8000-${String(n).padStart(12, '0')}`, status: 'PENDING_CREATE', ...body?.[wrapper] };
      list.push(created);
      return Response.json({ [wrapper]: created }, { status: 201 });
    }
    const item = list.find((o) => o.id === id);
    if (!item) return Response.json({ NeutronError: { type: 'NotFound', message: `${id} could not be found` } }, { status: 404 });
    if (method === 'PUT') Object.assign(item, body?.[wrapper], { status: 'PENDING_UPDATE' });
    if (method === 'DELETE') return new Response(null, { status: 204 });
    return Response.json({ [wrapper]: item });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, sent, db };
}

export const neutronError = (status: number, type: string, message: string) => Response.json({ NeutronError: { type, message, detail: '' } }, { status });
