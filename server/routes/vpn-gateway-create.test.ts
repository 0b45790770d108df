import { describe, expect, it } from 'vitest';
import { v5Paths } from '../../contract/api-paths.ts';
import { availabilityZonesResponseSchema } from '../../contract/vpn-gateway-requests.ts';
import { vpnGatewayResponseSchema } from '../../contract/vpn-gateway.ts';
import { PROJECT, TRANSITION_MS, demo, eipId, paths, setup } from '../test-support.ts';

const VPC = '0b4e6a47-3c5d-4c6e-9f10-2a3b4c5d6e7f';
const SUBNET = '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const ER = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
const vpcGateway = (extra: Record<string, unknown> = {}) => ({
  vpn_gateway: { vpc_id: VPC, connect_subnet: SUBNET, local_subnets: ['10.70.0.0/16'], ...extra },
});

describe('POST /v5/{project_id}/vpn-gateways', () => {
  it('answers 201 with the create table (no status, no EIPs) and the documented defaults', async () => {
    const { call } = setup();
    const res = await call('POST', paths.gateways(), vpcGateway({ eip1: { type: '5_bgp', bandwidth_size: 50 } }));
    expect(res.status).toBe(201);
    expect(vpnGatewayResponseSchema.safeParse(res.body).success).toBe(true);
    const gw = res.body.vpn_gateway;
    expect(gw).toMatchObject({
      name: expect.stringMatching(/^vpngw-[0-9a-f]{4}$/),
      network_type: 'public',
      attachment_type: 'vpc',
      ip_version: 'ipv4',
      bgp_asn: 64512,
      flavor: 'Professional1',
      ha_mode: 'active-active',
      connection_number: 200,
      used_connection_number: 0,
      enterprise_project_id: '0',
      access_vpc_id: VPC,
      access_subnet_id: SUBNET,
      local_subnets: ['10.70.0.0/16'],
    });
    for (const hidden of ['status', 'eip1', 'eip2', 'created_at', 'supported_flavors']) expect(gw).not.toHaveProperty(hidden);
  });

  it('goes from PENDING_CREATE to ACTIVE after the transition time, with both EIPs assigned', async () => {
    const { call, clock } = setup();
    const { id } = (await call('POST', paths.gateways(), vpcGateway({ eip1: { type: '5_bgp', bandwidth_size: 50, bandwidth_name: 'bw-one' } }))).body.vpn_gateway;
    const pending = (await call('GET', paths.gateway(id))).body.vpn_gateway;
    expect(pending.status).toBe('PENDING_CREATE');
    expect(pending).not.toHaveProperty('eip1');
    expect((await call('GET', paths.gateways())).body.vpn_gateways.find((g: { id: string }) => g.id === id).status).toBe('PENDING_CREATE');

    clock.advance(TRANSITION_MS);
    const active = (await call('GET', paths.gateway(id))).body.vpn_gateway;
    expect(active).toMatchObject({
      status: 'ACTIVE',
      availability_zone_ids: ['eu-de-01', 'eu-de-02'],
      supported_flavors: ['Professional1', 'Professional2'],
      eip1: { id: expect.any(String), ip_address: expect.stringMatching(/^80\.158\./), bandwidth_size: 50, bandwidth_name: 'bw-one', type: '5_bgp' },
      // The second EIP copies the first one's bandwidth, not its name.
      eip2: { id: expect.any(String), bandwidth_size: 50, bandwidth_name: expect.stringMatching(/^vpngw-bandwidth-/) },
      created_at: expect.any(String),
    });
    expect(active.eip1.ip_address).not.toBe(active.eip2.ip_address);
  });

  it('binds an existing EIP by id, and refuses one another gateway holds (VPN.0112)', async () => {
    const { call, clock } = setup();
    const eip = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
    const { id } = (await call('POST', paths.gateways(), vpcGateway({ eip1: { id: eip } }))).body.vpn_gateway;
    clock.advance(TRANSITION_MS);
    expect((await call('GET', paths.gateway(id))).body.vpn_gateway.eip1).toMatchObject({ id: eip, ip_address: expect.any(String) });
    const taken = await call('POST', paths.gateways(), vpcGateway({ eip1: { id: eipId('gw-fra-core', 1) } }));
    expect(taken.status).toBe(400);
    expect(taken.body).toMatchObject({ error_code: 'VPN.0112', error_msg: expect.stringContaining('belongs to VPN gateway vpngw-fra-core') });
  });

  it('auto-assigns two free private IPs from the access subnet of a private gateway', async () => {
    const { call, clock } = setup();
    // The seeded private gateway's subnet is 192.168.146.0/24 with .45 and .77 taken.
    const mplsSubnet = demo('gw-private-mpls/connect-subnet');
    const body = { vpn_gateway: { network_type: 'private', vpc_id: VPC, connect_subnet: mplsSubnet, local_subnets: ['10.71.0.0/16'] } };
    const { id } = (await call('POST', paths.gateways(), body)).body.vpn_gateway;
    clock.advance(TRANSITION_MS);
    const gw = (await call('GET', paths.gateway(id))).body.vpn_gateway;
    expect(gw).toMatchObject({ status: 'ACTIVE', access_private_ip_1: '192.168.146.2', access_private_ip_2: '192.168.146.3' });
    expect(gw).not.toHaveProperty('eip1');
  });

  it.each([
    ['an IP outside the subnet', ['10.9.9.9', '192.168.146.20'], 'VPN.0104', 'is not in subnet'],
    ['a reserved address', ['192.168.146.1', '192.168.146.20'], 'VPN.0110', 'system reserved address'],
    ['an occupied address', ['192.168.146.45', '192.168.146.20'], 'VPN.0111', 'Private IP 192.168.146.45 is occupied'],
  ])('refuses %s as a private IP', async (_label, [ip1, ip2], code, message) => {
    const { call } = setup();
    const body = {
      vpn_gateway: {
        network_type: 'private', vpc_id: VPC, connect_subnet: demo('gw-private-mpls/connect-subnet'), local_subnets: ['10.71.0.0/16'],
        access_private_ip_1: ip1, access_private_ip_2: ip2,
      },
    };
    const res = await call('POST', paths.gateways(), body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: code, error_msg: expect.stringContaining(message) });
  });

  it('creates an enterprise-router gateway without local subnets', async () => {
    const { call } = setup();
    const res = await call('POST', paths.gateways(), { vpn_gateway: { attachment_type: 'er', er_id: ER, flavor: 'Professional2' } });
    expect(res.status).toBe(201);
    expect(res.body.vpn_gateway).toMatchObject({ attachment_type: 'er', er_id: ER, flavor: 'Professional2' });
    expect(res.body.vpn_gateway).not.toHaveProperty('local_subnets');
  });

  it.each([
    ['a Basic private gateway', { network_type: 'private', flavor: 'Basic' }, 'VPN.0001', 'vpn_gateway.flavor: The Basic flavor is not available for private'],
    ['a vpc gateway without local subnets', { local_subnets: undefined }, 'VPN.0001', 'vpn_gateway.local_subnets: A VPC-attached gateway needs at least one local subnet'],
    ['51 local subnets', { local_subnets: Array.from({ length: 51 }, (_, i) => `10.${i}.0.0/16`) }, 'VPN.0001', 'At most 50 local subnets per gateway; you have 51'],
    ['a local subnet that is no CIDR', { local_subnets: ['10.0.0.0/33'] }, 'VPN.0001', 'vpn_gateway.local_subnets[0]: "10.0.0.0/33" is not an IPv4 CIDR block'],
    ['an ASN of 0', { bgp_asn: 0 }, 'VPN.0001', 'vpn_gateway.bgp_asn: The BGP ASN must be at least 1'],
    ['an ASN above 4294967295', { bgp_asn: 4294967296 }, 'VPN.0001', 'The BGP ASN must be at most 4294967295'],
    ['an unknown ha_mode', { ha_mode: 'cluster' }, 'VPN.0001', 'ha_mode must be active-active or active-standby'],
    ['an unknown network_type', { network_type: 'hybrid' }, 'VPN.0001', 'network_type must be public or private'],
    ['an unknown attachment_type', { attachment_type: 'dc' }, 'VPN.0001', 'attachment_type must be vpc or er'],
    ['an unknown flavor', { flavor: 'Enterprise' }, 'VPN.0001', 'flavor must be Basic, Professional1 or Professional2'],
    ['a name with spaces', { name: 'my gateway' }, 'VPN.0001', 'The name may contain only letters, digits'],
    ['an EIP wider than the flavor allows', { flavor: 'Basic', eip1: { type: '5_bgp', bandwidth_size: 200 } }, 'VPN.0001', 'vpn_gateway.eip1.bandwidth_size: The Basic flavor allows at most 100 Mbit/s'],
    ['the same EIP twice', { eip1: { id: VPC }, eip2: { id: VPC } }, 'VPN.0001', 'is already eip1'],
    ['an unknown field', { color: 'blue' }, 'VPN.0013', 'Unsupported attribute: vpn_gateway.color'],
    ['an AZ that does not offer the flavor', { availability_zone_ids: ['eu-de-01', 'eu-nl-01'] }, 'VPN.0001', 'eu-nl-01 does not offer Professional1 gateways with vpc attachment'],
    ['one AZ where three are offered', { availability_zone_ids: ['eu-de-01'] }, 'VPN.0001', 'give two of them (eu-de-01, eu-de-02, eu-de-03)'],
    ['the same AZ twice', { availability_zone_ids: ['eu-de-01', 'eu-de-01'] }, 'VPN.0001', 'is listed twice'],
  ])('refuses %s', async (_label, extra, code, message) => {
    const { call } = setup();
    const res = await call('POST', paths.gateways(), vpcGateway(extra));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: code, error_msg: expect.stringContaining(message), request_id: expect.any(String) });
  });

  it('refuses a create beyond the gateway quota, naming the numbers', async () => {
    const { call } = setup();
    await call('POST', '/__mock/projects/' + PROJECT + '/quotas', { vpn_gateway: 6 });
    const res = await call('POST', paths.gateways(), vpcGateway());
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toBe(
      'invalid request: quota exceeded: the project already has 6 of its 6 VPN gateways; delete one you no longer need or ask for a higher quota',
    );
  });
});

describe('GET /v5/{project_id}/vpn-gateways/availability-zones', () => {
  it('lists the zones per flavor and attachment type, in the documented key spelling', async () => {
    const { call } = setup();
    const res = await call('GET', v5Paths.vpnGatewayAvailabilityZones(PROJECT));
    expect(res.status).toBe(200);
    expect(availabilityZonesResponseSchema.safeParse(res.body).success).toBe(true);
    expect(Object.keys(res.body.availability_zones)).toEqual(['basic', 'professional1', 'professional2', 'Professional1-NonFixedIP', 'Professional2-NonFixedIP']);
    expect(res.body.availability_zones.basic).toEqual({ vpc: ['eu-de-01'], er: [] });
  });
});
