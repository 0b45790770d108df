import { describe, expect, it } from 'vitest';
import type { GatewayFlavor } from '../../contract/vpn-gateway-requests.ts';
import { OtcHttpError } from '../http-error.ts';
import { checkSpecificationChange, requireReady } from './gateway-rules.ts';
import type { StoredGateway } from './types.ts';

const gateway = (extra: Partial<StoredGateway> = {}): StoredGateway => ({
  id: 'gw-1',
  name: 'gw-one',
  status: 'ACTIVE',
  network_type: 'public',
  flavor: 'Professional2',
  supported_flavors: ['Professional1', 'Professional2'],
  eip1: { id: 'e1', bandwidth_size: 200 },
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...extra,
});

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof OtcHttpError ? error.code : 'not an OtcHttpError';
  }
}

describe('checkSpecificationChange', () => {
  it.each<[string, Partial<StoredGateway>, GatewayFlavor, number, string | undefined]>([
    ['Professional2 → Professional1 within the bandwidth', {}, 'Professional1', 3, undefined],
    ['more connection groups in use than the target includes', {}, 'Professional1', 101, 'VPN.0517'],
    ['a target outside supported_flavors', { supported_flavors: ['Professional2'] }, 'Professional1', 0, 'VPN.0518'],
    ['a gateway with a legacy flavor', { flavor: 'V300' }, 'Professional1', 0, 'VPN.0518'],
    ['an EIP wider than the target allows', { eip1: { id: 'e1', bandwidth_size: 500 } }, 'Professional1', 0, 'VPN.0101'],
    ['Professional → Basic', {}, 'Basic', 0, 'VPN.0105'],
  ])('%s', (_label, extra, target, groups, code) => {
    expect(codeOf(() => checkSpecificationChange(gateway(extra), target, groups))).toBe(code);
  });
});

describe('requireReady', () => {
  it.each([
    ['ACTIVE', undefined],
    ['FAULT', undefined],
    ['PENDING_CREATE', 'VPN.0003'],
    ['PENDING_UPDATE', 'VPN.0507'],
    ['PENDING_DELETE', 'VPN.0508'],
    ['FREEZED', 'VPN.0001'],
  ] as const)('%s → %s', (status, code) => {
    expect(codeOf(() => requireReady(gateway({ status }), 'update'))).toBe(code);
  });
});
