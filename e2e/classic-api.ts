import type { APIRequestContext, APIResponse } from '@playwright/test';
import { classicPaths } from '../contract/classic/classic-paths.ts';
import { classicTenantIdForToken } from '../contract/classic/classic-tenant.ts';
import {
  ipsecSiteConnectionListResponseSchema,
  ipsecSiteConnectionResponseSchema,
  type IpsecSiteConnection,
} from '../contract/classic/ipsec-site-connection.ts';
import { mockPaths, mockRequestLogResponseSchema, type MockRecordedRequest } from '../contract/mock-control.ts';

/** Meets the classic PSK rule (6–128 characters from the classic set). */
export const E2E_CLASSIC_PSK = 'E2e-Classic-Key1';

/**
 * The classic (v2.0) mock API as a test sees it. There is no project in the path: the tenant is derived from
 * the token, so the fixture's /__mock/reset already forgets it and the next call seeds it afresh.
 */
export class ClassicApi {
  readonly tenantId: string;

  constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {
    this.tenantId = classicTenantIdForToken(token);
  }

  private async ok(response: APIResponse, what: string): Promise<APIResponse> {
    if (!response.ok()) throw new Error(`${what} → HTTP ${response.status()}: ${await response.text()}`);
    return response;
  }

  async connections(): Promise<IpsecSiteConnection[]> {
    const response = await this.ok(await this.request.get(classicPaths.ipsecSiteConnections(), { headers: { 'X-Auth-Token': this.token } }), 'list classic connections');
    return ipsecSiteConnectionListResponseSchema.parse(await response.json()).ipsec_site_connections;
  }

  async connectionByName(name: string): Promise<IpsecSiteConnection> {
    const found = (await this.connections()).find((c) => c.name === name);
    if (!found) throw new Error(`No classic connection named ${name}`);
    return found;
  }

  async connection(id: string): Promise<IpsecSiteConnection> {
    const response = await this.ok(await this.request.get(classicPaths.ipsecSiteConnection(id), { headers: { 'X-Auth-Token': this.token } }), `GET ${id}`);
    return ipsecSiteConnectionResponseSchema.parse(await response.json()).ipsec_site_connection;
  }

  /** The write requests the tenant's API received, PSKs redacted: what the console actually sent. */
  async requests(): Promise<MockRecordedRequest[]> {
    const response = await this.ok(await this.request.get(mockPaths.requests(this.tenantId)), 'classic request log');
    return mockRequestLogResponseSchema.parse(await response.json()).requests;
  }
}
