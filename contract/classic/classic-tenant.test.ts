import { describe, expect, it } from 'vitest';
import { classicPaths } from './classic-paths.ts';
import { classicTenantIdForToken } from './classic-tenant.ts';
import { ipsecSiteConnectionResponseSchema } from './ipsec-site-connection.ts';

describe('classicTenantIdForToken', () => {
  it('gives a stable 32-hex project id per token, different for different tokens', () => {
    expect(classicTenantIdForToken('demo-token')).toMatch(/^[0-9a-f]{32}$/);
    expect(classicTenantIdForToken('demo-token')).toBe(classicTenantIdForToken('demo-token'));
    expect(classicTenantIdForToken('demo-token')).not.toBe(classicTenantIdForToken('demo-token2'));
  });
});

describe('classicPaths', () => {
  it('builds the Neutron paths without a project id', () => {
    expect(classicPaths.ipsecSiteConnection('a/b')).toBe('/v2.0/vpn/ipsec-site-connections/a%2Fb');
    expect(classicPaths.item('endpointGroups', 'x')).toBe('/v2.0/vpn/endpoint-groups/x');
  });
});

describe('the console parse of a connection', () => {
  it('drops the PSK OTC returns, so the console never holds it', () => {
    const parsed = ipsecSiteConnectionResponseSchema.parse({
      ipsec_site_connection: { id: 'c', status: 'ACTIVE', psk: 'secret', peer_address: 'a', peer_id: 'a', ikepolicy_id: 'i', ipsecpolicy_id: 'p', vpnservice_id: 's' },
    });
    expect(parsed.ipsec_site_connection).not.toHaveProperty('psk');
  });
});
