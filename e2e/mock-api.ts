import type { APIRequestContext, APIResponse } from '@playwright/test';
import {
  customerGatewayListResponseSchema,
  customerGatewayResponseSchema,
  type CreateCustomerGatewayInput,
  type CustomerGateway,
} from '../contract/customer-gateway.ts';
import { v5Paths } from '../contract/api-paths.ts';
import { cidrOverlaps, parseCidr } from '../contract/ipv4.ts';
import {
  mockConfigResponseSchema,
  mockPaths,
  mockRequestLogResponseSchema,
  mockSeedResponseSchema,
  type MockRecordedRequest,
  type MockSeedRequest,
  type MockSeedResponse,
} from '../contract/mock-control.ts';
import type { ConnectionStatus } from '../contract/status.ts';
import {
  vpnConnectionListResponseSchema,
  vpnConnectionResponseSchema,
  type CreateVpnConnectionInput,
  type UpdateVpnConnection,
  type VpnConnection,
  type VpnConnectionList,
} from '../contract/vpn-connection.ts';
import { gatewayAddresses, vpnGatewayListResponseSchema, type VpnGateway } from '../contract/vpn-gateway.ts';

/** The project the console opens by default, and the token it sends (server/ and src/config/env.ts agree). */
export const DEMO_PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const DEMO_TOKEN = 'demo-token';
/** Same as MOCK_TRANSITION_MS in playwright.config.ts; the fixture restores it before every test. */
export const E2E_TRANSITION_MS = 700;
/** Meets the v5 PSK rule (upper, lower, digit, special). The server never echoes it. */
export const E2E_PSK = 'E2e-Test-Key-2024!';

const PEER_SUBNET_CANDIDATES = ['192.168.250.0/24', '172.31.250.0/24', '10.250.250.0/24'];

/** Throws with what was asked and what the server said, so a failing fixture call explains itself. */
async function ok(response: APIResponse, what: string): Promise<APIResponse> {
  if (!response.ok()) {
    throw new Error(`${what} → HTTP ${response.status()}: ${await response.text()}`);
  }
  return response;
}

/** The mock OTC server as a test sees it: the /__mock/ control API plus typed v5 calls with the demo token. */
export class MockApi {
  constructor(
    private readonly request: APIRequestContext,
    readonly projectId: string = DEMO_PROJECT_ID,
  ) {}

  /** Forgets every project; the next API call re-seeds the demo data. */
  async reset(): Promise<void> {
    await ok(await this.request.post(mockPaths.reset), 'POST /__mock/reset');
  }

  /** Resets a project to the demo seed (`empty: true` for none), plus `connections` generated ones. */
  async seed(projectId: string = this.projectId, options: MockSeedRequest = {}): Promise<MockSeedResponse> {
    const response = await ok(await this.request.post(mockPaths.seed(projectId), { data: options }), `seed ${projectId}`);
    return mockSeedResponseSchema.parse(await response.json());
  }

  /** How long each PENDING_* state lasts, in ms. */
  async setTransition(ms: number): Promise<void> {
    const response = await ok(await this.request.post(mockPaths.config, { data: { transition_ms: ms } }), 'POST /__mock/config');
    mockConfigResponseSchema.parse(await response.json());
  }

  /** The last request bodies the project's API received (PSKs redacted): what the console actually sent. */
  async requests(projectId: string = this.projectId): Promise<MockRecordedRequest[]> {
    const response = await ok(await this.request.get(mockPaths.requests(projectId)), `requests of ${projectId}`);
    return mockRequestLogResponseSchema.parse(await response.json()).requests;
  }

  /** Forces a connection into a status, e.g. FREEZED, which the API itself never produces on demand. */
  async setConnectionStatus(id: string, status: ConnectionStatus): Promise<void> {
    const path = mockPaths.connectionStatus(this.projectId, id);
    await ok(await this.request.post(path, { data: { status } }), `POST ${path}`);
  }

  /** A raw v5 call with the demo token, for asserting status codes and error bodies. */
  v5(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<APIResponse> {
    return this.request.fetch(path, {
      method,
      headers: { 'X-Auth-Token': DEMO_TOKEN },
      ...(body === undefined ? {} : { data: body }),
    });
  }

  async listConnections(query: Record<string, string | number> = {}): Promise<VpnConnectionList> {
    const path = v5Paths.vpnConnections(this.projectId);
    const response = await ok(await this.request.get(path, { headers: { 'X-Auth-Token': DEMO_TOKEN }, params: query }), `GET ${path}`);
    return vpnConnectionListResponseSchema.parse(await response.json());
  }

  async getConnection(id: string): Promise<VpnConnection> {
    const path = v5Paths.vpnConnection(this.projectId, id);
    return vpnConnectionResponseSchema.parse(await (await ok(await this.v5('GET', path), `GET ${path}`)).json()).vpn_connection;
  }

  async createConnection(connection: CreateVpnConnectionInput): Promise<VpnConnection> {
    const path = v5Paths.vpnConnections(this.projectId);
    const response = await ok(await this.v5('POST', path, { vpn_connection: connection }), `POST ${path}`);
    return vpnConnectionResponseSchema.parse(await response.json()).vpn_connection;
  }

  async updateConnection(id: string, changes: UpdateVpnConnection): Promise<VpnConnection> {
    const path = v5Paths.vpnConnection(this.projectId, id);
    const response = await ok(await this.v5('PUT', path, { vpn_connection: changes }), `PUT ${path}`);
    return vpnConnectionResponseSchema.parse(await response.json()).vpn_connection;
  }

  async deleteConnection(id: string): Promise<void> {
    const path = v5Paths.vpnConnection(this.projectId, id);
    await ok(await this.v5('DELETE', path), `DELETE ${path}`);
  }

  async listGateways(): Promise<VpnGateway[]> {
    const path = v5Paths.vpnGateways(this.projectId);
    return vpnGatewayListResponseSchema.parse(await (await ok(await this.v5('GET', path), `GET ${path}`)).json()).vpn_gateways;
  }

  async listCustomerGateways(): Promise<CustomerGateway[]> {
    const path = v5Paths.customerGateways(this.projectId);
    const response = await ok(await this.v5('GET', path), `GET ${path}`);
    return customerGatewayListResponseSchema.parse(await response.json()).customer_gateways;
  }

  async createCustomerGateway(customerGateway: CreateCustomerGatewayInput): Promise<CustomerGateway> {
    const path = v5Paths.customerGateways(this.projectId);
    const response = await ok(await this.v5('POST', path, { customer_gateway: customerGateway }), `POST ${path}`);
    return customerGatewayResponseSchema.parse(await response.json()).customer_gateway;
  }

  /**
   * Creates a static-routing connection the mock will accept whatever the seed holds: a fresh customer gateway
   * (so the gateway IP/customer gateway pair is new), an active gateway with a free connection slot, and customer
   * subnets that do not overlap the gateway's own.
   */
  async createStaticConnection(name: string): Promise<VpnConnection> {
    const gateways = await this.listGateways();
    const gateway = gateways.find(
      (g) => g.status === 'ACTIVE' && (g.used_connection_number ?? 0) < (g.connection_number ?? Infinity) && gatewayAddresses(g).length > 0,
    );
    if (!gateway) throw new Error(`No active VPN gateway with a free connection slot in project ${this.projectId}`);
    const address = gatewayAddresses(gateway)[0];
    const local = (gateway.local_subnets ?? []).map(parseCidr).filter((c) => c !== null);
    const peerSubnet = PEER_SUBNET_CANDIDATES.find((candidate) => {
      const cidr = parseCidr(candidate);
      return cidr !== null && !local.some((l) => cidrOverlaps(l, cidr));
    });
    if (!address || !peerSubnet) throw new Error(`Gateway ${gateway.name} has no usable address or free peer subnet`);
    const taken = new Set((await this.listCustomerGateways()).map((c) => c.id_value));
    const ip = Array.from({ length: 254 }, (_, i) => `203.0.113.${i + 1}`).find((candidate) => !taken.has(candidate));
    if (!ip) throw new Error('All of 203.0.113.0/24 is taken by customer gateways');
    const customerGateway = await this.createCustomerGateway({ name: `${name}-cgw`, id_value: ip });
    return this.createConnection({
      style: 'static',
      name,
      vgw_id: gateway.id,
      vgw_ip: address.vgwIp,
      ha_role: address.haRole,
      cgw_id: customerGateway.id,
      peer_subnets: [peerSubnet],
      psk: E2E_PSK,
    });
  }
}
