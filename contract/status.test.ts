import { describe, expect, it } from 'vitest';
import { parseOtcError } from './otc-error.ts';
import { isTransitional } from './status.ts';
import { gatewayAddresses } from './vpn-gateway.ts';

describe('status and error helpers', () => {
  it.each([
    ['PENDING_CREATE', true],
    ['PENDING_UPDATE', true],
    ['PENDING_DELETE', true],
    ['ACTIVE', false],
    ['DOWN', false],
    ['FREEZED', false],
    [undefined, false],
  ])('isTransitional(%s) is %s', (status, expected) => {
    expect(isTransitional(status)).toBe(expected);
  });

  it('reads all three documented error shapes', () => {
    expect(parseOtcError({ error_code: 'VPN.0004', error_msg: 'resource not found', request_id: 'r1' })).toEqual({
      code: 'VPN.0004',
      message: 'resource not found',
      requestId: 'r1',
    });
    expect(parseOtcError({ code: 'VPN.0001', message: 'invalid request:x' })?.code).toBe('VPN.0001');
    expect(parseOtcError({ NeutronError: { type: 'HTTPNotFound', message: 'gone' } })?.message).toBe('gone');
    expect(parseOtcError('<html>')).toBeNull();
  });

  it('lists a gateway address per slot with the HA role it implies', () => {
    const addresses = gatewayAddresses({
      network_type: 'public',
      ha_mode: 'active-standby',
      eip1: { id: 'e1', ip_address: '80.158.1.1' },
      eip2: { id: 'e2', ip_address: '80.158.1.2' },
    });
    expect(addresses.map((a) => [a.vgwIp, a.address, a.label, a.haRole])).toEqual([
      ['e1', '80.158.1.1', 'Active EIP', 'master'],
      ['e2', '80.158.1.2', 'Standby EIP', 'slave'],
    ]);
  });
});
