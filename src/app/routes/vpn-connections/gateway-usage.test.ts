import { describe, expect, it } from 'vitest';
import type { VpnConnection } from '@contract/vpn-connection';
import { withConnectionUsage } from './gateway-usage';

const connection = (vgw_id: string) => ({ vgw_id }) as VpnConnection;

describe('withConnectionUsage', () => {
  it('counts connections per gateway when the list API left the number out', () => {
    const gateways = [
      { id: 'a', name: 'a', connection_number: 2 },
      { id: 'b', name: 'b', connection_number: 2 },
      { id: 'c', name: 'c', used_connection_number: 7 },
    ];
    const out = withConnectionUsage(gateways, [connection('a'), connection('a'), connection('b')]);
    expect(out.map((g) => g.used_connection_number)).toEqual([2, 1, 7]);
  });

  it('changes nothing until the connections are known', () => {
    const gateways = [{ id: 'a', name: 'a' }];
    expect(withConnectionUsage(gateways, undefined)).toBe(gateways);
  });
});
