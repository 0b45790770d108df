import { v5Paths } from '../contract/api-paths.ts';
import { createApp, type AppOptions } from './app.ts';
import { createManualClock } from './clock.ts';
import { seedUuid } from './ids.ts';
import { MockStore, type StoreOptions } from './store/store.ts';

// Shared set-up for the server tests (not used by production code).

export const PROJECT = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const OTHER_PROJECT = 'ffeeddccbbaa99887766554433221100';
export const PSK = 'Abcd1234!x';
export const TRANSITION_MS = 100;

/** Ids of the demo seed, derived exactly as the seed derives them. */
export const demo = (key: string, projectId = PROJECT) => seedUuid(projectId, key);
export const eipId = (gatewayKey: string, slot: 1 | 2, projectId = PROJECT) => seedUuid(projectId, `${gatewayKey}/eip${slot}`);

export interface CallResult {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test helper: bodies are asserted structurally
  body: any;
}

export function setup(options: { store?: StoreOptions; app?: AppOptions } = {}) {
  const clock = createManualClock();
  const store = new MockStore({ clock, transitionMs: TRANSITION_MS, ...options.store });
  const errors: unknown[] = [];
  const app = createApp(store, { controlApi: true, logError: (e) => errors.push(e), ...options.app });

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<CallResult> {
    const init: RequestInit = {
      method,
      headers: { 'X-Auth-Token': 'test-token', 'Content-Type': 'application/json', ...headers },
    };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const res = await app.request(path, init);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, headers: res.headers, body: parsed };
  }

  return { app, store, clock, call, errors };
}

/** A valid static connection body on vpngw-fra-core's EIP 1 towards the unused spare customer gateway. */
export function staticBody(overrides: Record<string, unknown> = {}) {
  return {
    vpn_connection: {
      vgw_id: demo('gw-fra-core'),
      vgw_ip: eipId('gw-fra-core', 1),
      cgw_id: demo('cgw-spare-lte'),
      peer_subnets: ['192.168.200.0/24'],
      psk: PSK,
      ...overrides,
    },
  };
}

/** v5Paths with the test project as default. */
export const paths = {
  connections: (p = PROJECT) => v5Paths.vpnConnections(p),
  connection: (id: string, p = PROJECT) => v5Paths.vpnConnection(p, id),
  gateways: (p = PROJECT) => v5Paths.vpnGateways(p),
  gateway: (id: string, p = PROJECT) => v5Paths.vpnGateway(p, id),
  cgws: (p = PROJECT) => v5Paths.customerGateways(p),
  cgw: (id: string, p = PROJECT) => v5Paths.customerGateway(p, id),
};
