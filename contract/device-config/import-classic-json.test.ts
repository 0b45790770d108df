import { describe, expect, it } from 'vitest';
import { classicJsonExport } from './api-json.ts';
import { goldenClassic } from './golden-fixtures.ts';
import { parseClassicImport } from './import-classic-json.ts';

const LOCAL = '3e1815dd-e212-43d0-8f13-b494fa553e68';
const SUBNET = '0b8e2a61-5f7c-4d1e-9a3b-2c4d6e8f0a1b';
const exported = classicJsonExport([
  {
    ...goldenClassic,
    localEndpointGroup: { id: LOCAL, name: 'hamburg-local', type: 'subnet', endpoints: [SUBNET] },
    peerEndpointGroup: { id: '9ad5a7e0-6dac-41b4-b20d-a7b8645fddf1', name: 'hamburg-peer', type: 'cidr', endpoints: goldenClassic.peerCidrs },
  },
]).text;
const c = goldenClassic.connection;

function clone(text: string, known = {}) {
  const result = parseClassicImport(text, known);
  if (!result.ok) throw new Error(result.error);
  expect(result.clones).toHaveLength(1);
  return result.clones[0]!;
}

describe('parseClassicImport', () => {
  it("picks this project's VPN service, policies and local group again, and clears what belongs to the old site", () => {
    const { values, notes } = clone(exported, { vpnServices: [c.vpnservice_id], ikePolicies: [c.ikepolicy_id], ipsecPolicies: [c.ipsecpolicy_id], endpointGroups: [LOCAL] });
    expect(values.service).toMatchObject({ mode: 'existing', id: c.vpnservice_id });
    expect(values.ike).toMatchObject({ mode: 'existing', id: c.ikepolicy_id });
    expect(values.ipsec).toMatchObject({ mode: 'existing', id: c.ipsecpolicy_id });
    expect(values.local).toMatchObject({ mode: 'existing', id: LOCAL });
    // A new site has new networks, a new address and a new key.
    expect(values.peer).toMatchObject({ mode: 'new', cidrs: ['172.16.10.0/24', '172.16.11.0/24'] });
    expect(values).toMatchObject({ name: 'classic-hamburg-copy', peer_address: '', peer_id: '', psk: '', initiator: 'response-only', dpd: { action: 'hold', interval: 30, timeout: 120 } });
    expect(notes.join(' ')).toMatch(/remote gateway address/);
    expect(notes.join(' ')).toMatch(/replace them with the new site's networks/);
  });

  it("creates anew, with the file's settings, what another project's file refers to", () => {
    const { values, notes } = clone(exported);
    expect(values.service.mode).toBe('new');
    expect(values.ike).toMatchObject({ mode: 'new', name: 'ike-hamburg', ike_version: 'v1', auth_algorithm: 'sha1', pfs: 'group5', lifetime: 3600 });
    expect(values.ipsec).toMatchObject({ mode: 'new', name: 'ipsec-hamburg', pfs: 'group14', transform_protocol: 'esp', lifetime: 3600 });
    expect(values.local).toMatchObject({ mode: 'new', name: 'hamburg-local', subnet_ids: [SUBNET] });
    expect(notes.join(' ')).toMatch(/IKE and IPsec policies are not in this project/);
  });

  it('never imports a pre-shared key, and says so', () => {
    const withKey = JSON.stringify({ ...JSON.parse(exported), ipsec_site_connection: { ...JSON.parse(exported).ipsec_site_connection, psk: 'Old-Site-Key-1' } });
    const { values, notes } = clone(withKey);
    expect(values.psk).toBe('');
    expect(JSON.stringify(values)).not.toContain('Old-Site-Key-1');
    expect(notes.join(' ')).toMatch(/pre-shared key; it was not imported/);
  });

  it.each([
    ['text that is not JSON', '{"ipsec_site_connection":', /^This is not JSON/],
    ['a v5 export', JSON.stringify({ vpn_connection: { name: 'x' } }), /^Connection 1: ipsec_site_connection .*expected \{"ipsec_site_connection"/],
    ['an empty list', '[]', /holds no classic connection/],
  ])('explains %s and what it expected', (_, text, message) => {
    const result = parseClassicImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
