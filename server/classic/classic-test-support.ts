import { classicPaths } from '../../contract/classic/classic-paths.ts';
import { classicTenantIdForToken } from '../../contract/classic/classic-tenant.ts';
import { seedUuid } from '../ids.ts';

// Shared set-up for the classic server tests (not used by production code). server/test-support.ts's
// setup() sends X-Auth-Token "test-token"; this is the tenant that token stands for.

export const TENANT = classicTenantIdForToken('test-token');

/** Ids of the classic seed, derived exactly as the seed derives them. */
export const cid = (key: string, tenant = TENANT) => seedUuid(tenant, `classic/${key}`);

export const cp = classicPaths;

/** Seed 001's create request, with ids from the seeded data (its own ids do not exist in the mock). */
export function seedCreateBody(overrides: Record<string, unknown> = {}) {
  return {
    ipsec_site_connection: {
      psk: 'secret',
      initiator: 'bi-directional',
      ipsecpolicy_id: cid('ipsec-hq'),
      admin_state_up: true,
      mtu: 1500,
      peer_ep_group_id: cid('eg-peer-spare'),
      ikepolicy_id: cid('ike-hq'),
      vpnservice_id: cid('svc-web'),
      local_ep_group_id: cid('eg-local-web'),
      peer_address: '172.24.4.233',
      peer_id: '172.24.4.233',
      name: 'vpnconnection1',
      ...overrides,
    },
  };
}

/** Neutron timestamps: "2020-08-05 12:39:35.921257". */
export const NEUTRON_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/;
