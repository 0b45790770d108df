import { describe, expect, it } from 'vitest';
import { firstStepOf, stepOfPath, stepsFor } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

describe('wizard steps', () => {
  it('gives every style the same six steps', () => {
    for (const style of ['static', 'policy', 'bgp'] as const) {
      expect(stepsFor(style).map((s) => s.id)).toEqual(['style', 'gateways', 'networking', 'security', 'tags', 'review']);
    }
  });

  it('gates the networking step on the fields of its style only', () => {
    const fields = (style: 'static' | 'policy' | 'bgp') => stepsFor(style).find((s) => s.id === 'networking')?.fields;
    expect(fields('static')).toEqual(['peer_subnets', 'tunnel_mode', 'tunnel_local_address', 'tunnel_peer_address', 'enable_nqa']);
    expect(fields('policy')).toEqual(['peer_subnets', 'policy_rules']);
    expect(fields('bgp')).toEqual(['peer_subnets', 'tunnel_mode', 'tunnel_local_address', 'tunnel_peer_address', 'enable_hub']);
  });

  it('finds the step of a nested path, and none for another style’s field', () => {
    expect(stepOfPath('policy', 'policy_rules.2.destination.7')?.id).toBe('networking');
    expect(stepOfPath('bgp', 'ikepolicy.dpd.timeout')?.id).toBe('security');
    expect(stepOfPath('static', 'policy_rules.0.source')).toBeUndefined();
    expect(stepOfPath('static', 'enable_hub')).toBeUndefined();
  });

  it('picks the earliest step among several problems', () => {
    expect(firstStepOf('static', ['tags.0.key', 'psk', 'cgw_id'])?.id).toBe('gateways');
    expect(firstStepOf('static', ['enable_hub'])).toBeUndefined();
  });
});
