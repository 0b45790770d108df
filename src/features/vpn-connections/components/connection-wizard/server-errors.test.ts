import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { fieldRejections, isRetryable, toFormPath } from '@/features/vpn-connections/components/connection-wizard/server-errors';

const rejection = (message: string, status = 400, code = 'VPN.0001') =>
  new ApiError({ kind: 'http', status, code, message, method: 'POST', url: '/v5/p/vpn-connection', requestId: 'req-1' });

describe('server rejections', () => {
  it('maps the mock’s "invalid request: <path>: <message>" onto form fields', () => {
    const error = rejection(
      'invalid request: vpn_connection.policy_rules[0].destination[2]: "x" is not an IPv4 CIDR block; write it like 192.168.44.0/24; vpn_connection.psk: The pre-shared key must be 8 to 128 characters long; it has 3',
    );
    expect(fieldRejections(error, 'policy')).toEqual([
      { path: 'policy_rules.0.destination.2', message: '"x" is not an IPv4 CIDR block; write it like 192.168.44.0/24' },
      { path: 'psk', message: 'The pre-shared key must be 8 to 128 characters long; it has 3' },
    ]);
  });

  it('keeps a semicolon that belongs to the message', () => {
    const error = rejection('invalid request: vpn_connection.psk: use only letters, digits and ~!@#$%^*()-_+={ },./:;');
    expect(fieldRejections(error, 'static')).toEqual([{ path: 'psk', message: 'use only letters, digits and ~!@#$%^*()-_+={ },./:;' }]);
  });

  it('does not map what names no field of this style, or is not a 400', () => {
    expect(fieldRejections(rejection('invalid request: vpn_connection.enable_hub: only BGP'), 'static')).toEqual([]);
    expect(fieldRejections(rejection('Unsupported attribute: vpn_connection.mtu', 400, 'VPN.0013'), 'static')).toEqual([]);
    expect(fieldRejections(rejection('invalid request: vpn_connection.cgw_id: gone', 409), 'static')).toEqual([]);
    expect(fieldRejections(new Error('boom'), 'static')).toEqual([]);
  });

  it('converts API paths and tells which failures are worth a retry', () => {
    expect(toFormPath('a[1].b[22]')).toBe('a.1.b.22');
    expect(isRetryable(rejection('server error', 500, 'VPN.0002'))).toBe(true);
    expect(isRetryable(new ApiError({ kind: 'network', status: 0, code: 'NETWORK_ERROR', message: 'down', method: 'POST', url: '/' }))).toBe(true);
    expect(isRetryable(rejection('invalid request: x'))).toBe(false);
  });
});
