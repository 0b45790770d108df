import { describe, expect, it } from 'vitest';
import { createVpnGatewayRequestSchema, updateVpnGatewayRequestSchema } from './vpn-gateway-requests.ts';

const vpc = {
  vpc_id: 'a8a1e8a5-0f7c-4b7e-9d1e-3c1d2b3a4f50',
  connect_subnet: 'b8a1e8a5-0f7c-4b7e-9d1e-3c1d2b3a4f51',
  local_subnets: ['10.1.0.0/24'],
};
const create = (body: Record<string, unknown>) => createVpnGatewayRequestSchema.safeParse({ vpn_gateway: body });
const text = (r: ReturnType<typeof create>) => (r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));

describe('VPN gateway requests', () => {
  it('fills the documented defaults', () => {
    const r = create(vpc);
    expect(r.success).toBe(true);
    expect(r.data?.vpn_gateway).toMatchObject({
      network_type: 'public',
      attachment_type: 'vpc',
      ip_version: 'ipv4',
      bgp_asn: 64512,
      flavor: 'Professional1',
      ha_mode: 'active-active',
    });
  });

  it.each([
    [{ ...vpc, vpc_id: undefined }, /vpc_id: A VPC-attached gateway needs vpc_id/],
    [{ ...vpc, local_subnets: [] }, /local_subnets: A VPC-attached gateway needs at least one local subnet/],
    [{ ...vpc, network_type: 'private', flavor: 'Basic', access_private_ip_1: '10.1.0.10', access_private_ip_2: '10.1.0.11' }, /flavor: The Basic flavor is not available/],
    [{ ...vpc, network_type: 'private', access_private_ip_1: '10.1.0.10' }, /access_private_ip_2: .*both filled or both left empty/],
    [{ ...vpc, network_type: 'private', access_private_ip_1: '10.1.0.10', access_private_ip_2: '10.1.0.10' }, /Private IPs must be different/],
    [{ ...vpc, flavor: 'Basic', eip1: { type: '5_bgp', bandwidth_size: 200 } }, /eip1.bandwidth_size: The Basic flavor allows at most 100 Mbit\/s/],
    [{ ...vpc, bgp_asn: 0 }, /bgp_asn: The BGP ASN must be at least 1/],
    [{ ...vpc, flavor: 'Gold' }, /flavor must be Basic, Professional1 or Professional2/],
  ])('refuses %j', (body, message) => {
    expect(text(create(body))).toMatch(message);
  });

  it('updates only name, local subnets and EIPs', () => {
    expect(updateVpnGatewayRequestSchema.safeParse({ vpn_gateway: { name: 'gw-2', local_subnets: ['10.2.0.0/24'] } }).success).toBe(true);
    const r = updateVpnGatewayRequestSchema.safeParse({ vpn_gateway: { flavor: 'Basic' } });
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
