import { defaultConnectionFormValues, type ConnectionFormValues } from '@contract/connection-form';
import type { VpnConnection } from '@contract/vpn-connection';
import type { VpnGateway } from '@contract/vpn-gateway';
import { describe, expect, it } from 'vitest';
import { preSubmitWarnings } from '@/features/vpn-connections/components/connection-wizard/pre-submit-warnings';

const gateway: VpnGateway = { id: 'gw', name: 'gw-a', local_subnets: ['10.10.0.0/16'] };
const base = (overrides: Partial<ConnectionFormValues> = {}): ConnectionFormValues => ({
  ...defaultConnectionFormValues(),
  vgw_id: 'gw',
  vgw_ip: 'eip-1',
  cgw_id: 'cgw',
  tags: [{ key: 'site', value: 'a' }],
  ...overrides,
});
const ids = (values: ConnectionFormValues, ctx = {}) => preSubmitWarnings(values, { gateway, ...ctx }).map((w) => w.id);

describe('pre-submit warnings', () => {
  it('says nothing about a clean static form', () => {
    expect(preSubmitWarnings(base({ peer_subnets: ['192.168.44.0/24'] }), { gateway })).toEqual([]);
  });

  it('flags customer subnets that overlap the gateway’s local subnets (OTC rejects) or each other', () => {
    const warnings = preSubmitWarnings(base({ peer_subnets: ['10.10.5.0/24', '192.168.0.0/16', '192.168.44.0/24'] }), { gateway });
    expect(warnings.find((w) => w.id === 'local-0')).toMatchObject({ rejected: true, field: 'peer_subnets.0', message: expect.stringContaining('overlaps 10.10.0.0/16, a local subnet of gateway gw-a') });
    expect(warnings.find((w) => w.id === 'overlap-2')?.message).toBe('Customer subnets 192.168.0.0/16 and 192.168.44.0/24 overlap; list only the larger block.');
  });

  it('flags a host address where a network is meant, and a network address where a host is meant', () => {
    const values = base({ peer_subnets: ['192.168.44.1/24'], ikepolicy: { ...base().ikepolicy, peer_id: '88.99.1.0' } });
    const warnings = preSubmitWarnings(values, { gateway });
    expect(warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'Customer subnet 192.168.44.1/24 has host bits set; the network it names is 192.168.44.0/24. Write the network address.',
        "88.99.1.0 looks like a network or broadcast address; an IKE ID is normally the device's own IP address.",
      ]),
    );
  });

  it('flags customer subnets no policy rule covers', () => {
    const values = base({ style: 'policy', peer_subnets: ['192.168.44.0/24', '192.168.45.0/24'], policy_rules: [{ source: '10.10.0.0/24', destination: ['192.168.44.0/23'] }, { source: '10.10.1.0/24', destination: ['172.16.0.0/24'] }] });
    expect(ids(values)).not.toContain('uncovered');
    const uncovered = base({ ...values, policy_rules: [{ source: '10.10.0.0/24', destination: ['192.168.44.0/24'] }] });
    expect(preSubmitWarnings(uncovered, { gateway }).find((w) => w.id === 'uncovered')?.message).toMatch(/cover customer subnet 192\.168\.45\.0\/24;/);
  });

  it('flags the same gateway address already linked to the same customer gateway', () => {
    const existing = { id: 'c1', name: 'vpn-old', vgw_id: 'gw', vgw_ip: 'eip-1', cgw_id: 'cgw', style: 'STATIC' } as VpnConnection;
    expect(ids(base({ peer_subnets: ['192.168.44.0/24'] }), { connections: [existing] })).toContain('address-pair');
    expect(ids(base({ peer_subnets: ['192.168.44.0/24'], vgw_ip: 'eip-2' }), { connections: [existing] })).not.toContain('address-pair');
  });

  it('names weak crypto with the reason, missing tags and the NQA caveat', () => {
    const values = base({ tags: [], enable_nqa: true, ikepolicy: { ...base().ikepolicy, dh_group: 'group14' } });
    const messages = preSubmitWarnings(values, { gateway }).map((w) => w.message);
    expect(messages).toContain('IKE DH group group14 is weak: DH group 14 (2048-bit) is the minimum; prefer group 15 or higher.');
    expect(messages.some((m) => m.startsWith('No tags'))).toBe(true);
    expect(messages.some((m) => m.startsWith('Link detection is on'))).toBe(true);
  });
});
