import { describe, expect, it } from 'vitest';
import { createIkePolicyRequestSchema, createIpsecPolicyRequestSchema } from './classic-policies.ts';
import { createEndpointGroupRequestSchema, updateEndpointGroupRequestSchema } from './classic-resources.ts';
import { createIpsecSiteConnectionRequestSchema, updateIpsecSiteConnectionRequestSchema } from './ipsec-site-connection.ts';

// Seed 001's create request, verbatim (its ids are already well formed).
const seedCreate = {
  psk: 'secret',
  initiator: 'bi-directional',
  ipsecpolicy_id: 'e6e23d0c-9519-4d52-8ea4-5b1f96d857b1',
  admin_state_up: true,
  mtu: 1500,
  peer_ep_group_id: '9ad5a7e0-6dac-41b4-b20d-a7b8645fddf1',
  ikepolicy_id: '9b00d6b0-6c93-4ca5-9747-b8ade7bb514f',
  vpnservice_id: '5c561d9d-eaea-45f6-ae3e-08d1a7080828',
  local_ep_group_id: '3e1815dd-e212-43d0-8f13-b494fa553e68',
  peer_address: '172.24.4.233',
  peer_id: '172.24.4.233',
  name: 'vpnconnection1',
};

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? '' : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');

describe('classic IPsec site connection', () => {
  it('accepts the seed create request and fills the DPD defaults', () => {
    const r = createIpsecSiteConnectionRequestSchema.parse({ ipsec_site_connection: seedCreate });
    expect(r.ipsec_site_connection.dpd).toEqual({ action: 'hold', interval: 30, timeout: 120 });
  });

  it.each([
    [{ psk: 'abc12' }, /6 to 128 characters long; it has 5/],
    [{ psk: 'secret*key' }, /"\*".*classic VPN does not allow/],
    [{ psk: 'has space' }, /" ".*does not allow/],
    [{ mtu: 1400 }, /only MTU 1500/],
    [{ admin_state_up: false }, /only admin_state_up true/],
    [{ description: 'x' }, /reserved for OTC internal components/],
    [{ peer_cidrs: ['10.0.0.0/24'] }, /peer_cidrs is deprecated/],
    [{ initiator: 'initiate-only' }, /bi-directional or response-only/],
    [{ peer_address: 'not an address!' }, /neither an IPv4 address nor a host name/],
    [{ peer_address: 'a'.repeat(251) }, /at most 250/],
    [{ dpd: { interval: 60, timeout: 60 } }, /dpd.timeout: .*greater than the interval/],
    [{ dpd: { action: 'reset' } }, /clear, hold, restart, disabled, restart-by-peer/],
  ])('refuses %j', (over, message) => {
    expect(messages(createIpsecSiteConnectionRequestSchema.safeParse({ ipsec_site_connection: { ...seedCreate, ...over } }))).toMatch(message);
  });

  it('accepts a host name as peer address', () => {
    expect(createIpsecSiteConnectionRequestSchema.safeParse({ ipsec_site_connection: { ...seedCreate, peer_address: 'vpn.example.com' } }).success).toBe(true);
  });

  it("refuses seed 003's update example (mtu 1200) because the field table allows only 1500", () => {
    expect(messages(updateIpsecSiteConnectionRequestSchema.safeParse({ ipsec_site_connection: { mtu: 1200 } }))).toMatch(/only MTU 1500/);
  });

  it.each(['ikepolicy_id', 'ipsecpolicy_id', 'vpnservice_id', 'tenant_id'])('refuses an update of %s', (field) => {
    expect(messages(updateIpsecSiteConnectionRequestSchema.safeParse({ ipsec_site_connection: { [field]: 'x' } }))).toMatch(/cannot be changed/);
  });

  it('updates peer address, DPD and name', () => {
    const r = updateIpsecSiteConnectionRequestSchema.safeParse({
      ipsec_site_connection: { peer_address: '88.99.1.2', name: 'renamed', dpd: { action: 'restart', interval: 20, timeout: 80 } },
    });
    expect(r.success).toBe(true);
  });
});

describe('classic policies and endpoint groups', () => {
  it('fills the API defaults of an IKE policy', () => {
    const r = createIkePolicyRequestSchema.parse({ ikepolicy: { name: 'ike-1' } });
    expect(r.ikepolicy).toMatchObject({ ike_version: 'v1', pfs: 'group5', auth_algorithm: 'sha1', lifetime: { units: 'seconds', value: 3600 } });
  });

  it('checks the lifetime range', () => {
    expect(messages(createIpsecPolicyRequestSchema.safeParse({ ipsecpolicy: { lifetime: { value: 59 } } }))).toMatch(/60 to 604800/);
  });

  it('keeps all endpoints of one type', () => {
    const r = createEndpointGroupRequestSchema.safeParse({ endpoint_group: { type: 'cidr', endpoints: ['10.0.0.0/24', '3e1815dd-e212-43d0-8f13-b494fa553e68'] } });
    expect(messages(r)).toMatch(/endpoints.1: .*not a CIDR block/);
    const s = createEndpointGroupRequestSchema.safeParse({ endpoint_group: { type: 'subnet', endpoints: ['10.0.0.0/24'] } });
    expect(messages(s)).toMatch(/not a subnet id/);
  });

  it('refuses changing the type or endpoints of a group', () => {
    expect(messages(updateEndpointGroupRequestSchema.safeParse({ endpoint_group: { endpoints: ['10.0.0.0/24'] } }))).toMatch(/cannot be changed/);
  });
});
