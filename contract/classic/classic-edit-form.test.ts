import { describe, expect, it } from 'vitest';
import { classicEditSchema, classicEditValues } from './classic-edit-form.ts';
import type { IpsecSiteConnection } from './ipsec-site-connection.ts';

const connection: IpsecSiteConnection = {
  id: 'c1',
  name: 'classic-hq',
  status: 'ACTIVE',
  initiator: 'bi-directional',
  peer_address: '203.0.113.10',
  peer_id: '203.0.113.10',
  ikepolicy_id: 'ike',
  ipsecpolicy_id: 'ipsec',
  vpnservice_id: 'svc',
  local_ep_group_id: 'eg-local',
  peer_ep_group_id: 'eg-peer',
  dpd: { action: 'hold', interval: 30, timeout: 120 },
};
const context = {
  connection,
  routerId: 'r-web',
  subnets: [{ id: 'sn-web', name: 'subnet-web', cidr: '10.1.1.0/24', vpc_id: 'r-web' }],
  endpointGroups: [
    { id: 'eg-local', type: 'subnet', endpoints: ['sn-web'] },
    { id: 'eg-peer', type: 'cidr', endpoints: ['192.168.10.0/24'] },
    { id: 'eg-clash', type: 'cidr', endpoints: ['10.1.0.0/16'] },
  ],
};

describe('classicEditSchema', () => {
  it('starts with the connection as it is and the PSK empty', () => {
    expect(classicEditValues(connection)).toMatchObject({ name: 'classic-hq', psk: '', psk_confirm: '', dpd: { interval: 30 } });
  });

  it('outputs only what changed; a blank PSK keeps the key', () => {
    const v = { ...classicEditValues(connection), peer_address: '198.51.100.9', name: 'hq-2', dpd: { action: 'restart' as const, interval: 20, timeout: 80 } };
    expect(classicEditSchema(context).parse(v)).toEqual({ peer_address: '198.51.100.9', name: 'hq-2', dpd: { action: 'restart', interval: 20, timeout: 80 } });
    expect(classicEditSchema(context).parse(classicEditValues(connection))).toEqual({});
  });

  it('checks a new PSK, its confirmation and the endpoint group rules', () => {
    const v = { ...classicEditValues(connection), psk: 'New-Key-1', psk_confirm: 'New-Key-2', peer_ep_group_id: 'eg-clash' };
    const r = classicEditSchema(context).safeParse(v);
    const messages = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'psk_confirm: The two pre-shared keys differ; type the same key in both fields',
      'peer_ep_group_id: 10.1.0.0/16 overlaps the local subnet subnet-web (10.1.1.0/24); the customer side must use addresses the VPC does not use',
    ]);
  });
});
