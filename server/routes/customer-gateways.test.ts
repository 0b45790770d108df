import { describe, expect, it } from 'vitest';
import { customerGatewayListResponseSchema, customerGatewayResponseSchema } from '../../contract/customer-gateway.ts';
import { OTHER_PROJECT, TRANSITION_MS, demo, paths, setup } from '../test-support.ts';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('customer gateways', () => {
  it('creates one (201) with defaults and a generated name', async () => {
    const { call } = setup();
    const res = await call('POST', paths.cgws(), { customer_gateway: { id_value: '198.51.100.99', bgp_asn: 65123 } });
    expect(res.status).toBe(201);
    expect(customerGatewayResponseSchema.safeParse(res.body).success).toBe(true);
    expect(res.body.customer_gateway).toMatchObject({
      name: expect.stringMatching(/^cgw-[0-9a-f]{4}$/),
      id_type: 'ip',
      id_value: '198.51.100.99',
      bgp_asn: 65123,
      created_at: expect.stringMatching(TIMESTAMP),
      tags: [],
    });
    const shown = await call('GET', paths.cgw(res.body.customer_gateway.id));
    expect(shown.body.customer_gateway).toEqual(res.body.customer_gateway);
  });

  it.each([
    [{ customer_gateway: { id_value: 'vpn.example.com' } }, 'VPN.0001', 'invalid request: customer_gateway.id_value: The customer gateway address (id_value) must be an IPv4 address'],
    [{ customer_gateway: { id_type: 'fqdn', id_value: '198.51.100.9' } }, 'VPN.0001', 'FQDN identities are not supported by OTC yet; use ip'],
    [{ customer_gateway: { id_value: '198.51.100.9', bgp_asn: 0 } }, 'VPN.0001', 'customer_gateway.bgp_asn: The BGP ASN must be at least 1'],
    [{ customer_gateway: { id_value: '198.51.100.9', ip: '1.2.3.4' } }, 'VPN.0013', 'Unsupported attribute: customer_gateway.ip'],
    [{ id_value: '198.51.100.9' }, 'VPN.0001', 'invalid request: customer_gateway is required: send the object wrapped as {"customer_gateway": {...}}'],
  ])('refuses %j', async (body, code, message) => {
    const { call } = setup();
    const res = await call('POST', paths.cgws(), body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: code, error_msg: expect.stringContaining(message), request_id: expect.any(String) });
  });

  it('lists with paging, total_count and next_marker = created_at of the last item', async () => {
    const { call } = setup();
    const all = await call('GET', paths.cgws());
    expect(customerGatewayListResponseSchema.safeParse(all.body).success).toBe(true);
    expect(all.body.total_count).toBe(7);
    const first = await call('GET', `${paths.cgws()}?limit=4`);
    expect(first.body.page_info).toEqual({ next_marker: first.body.customer_gateways[3].created_at, current_count: 4 });
    const second = await call('GET', `${paths.cgws()}?limit=4&marker=${first.body.page_info.next_marker}`);
    expect(second.body.page_info.current_count).toBe(3);
    const ids = [...first.body.customer_gateways, ...second.body.customer_gateways].map((g: { id: string }) => g.id);
    expect(ids).toEqual(all.body.customer_gateways.map((g: { id: string }) => g.id));
    expect((await call('GET', `${paths.cgws()}?limit=201`)).body.error_msg).toContain('limit must be a whole number from 0 to 200');
  });

  it('renames (only the name can change)', async () => {
    const { call } = setup();
    const path = paths.cgw(demo('cgw-spare-lte'));
    const res = await call('PUT', path, { customer_gateway: { name: 'lte-backup-2' } });
    expect(res.status).toBe(200);
    expect(res.body.customer_gateway).toMatchObject({ name: 'lte-backup-2', id_value: '203.0.113.200' });
    const refused = await call('PUT', path, { customer_gateway: { name: 'x', id_value: '1.2.3.4' } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error_code: 'VPN.0013', error_msg: 'Unsupported attribute: customer_gateway.id_value' });
  });

  it('deletes an unused one (204, then 404)', async () => {
    const { call } = setup();
    const path = paths.cgw(demo('cgw-spare-lte'));
    expect((await call('DELETE', path)).status).toBe(204);
    expect((await call('GET', path)).status).toBe(404);
    expect((await call('DELETE', path)).status).toBe(404);
  });

  it('refuses to delete one that connections use, until they are gone', async () => {
    const { call, clock } = setup();
    const id = demo('cgw-partner-acme');
    const res = await call('DELETE', paths.cgw(id));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: 'VPN.0001',
      error_msg: `invalid request: customer gateway ${id} has connection; delete its 2 VPN connections first (partner-acme-policy, partner-acme-standby)`,
    });
    await call('DELETE', paths.connection(demo('vpn-acme-1')));
    await call('DELETE', paths.connection(demo('vpn-acme-2')));
    clock.advance(TRANSITION_MS);
    expect((await call('DELETE', paths.cgw(id))).status).toBe(204);
  });

  it.each([
    ['GET', paths.cgw(demo('cgw-spare-lte', OTHER_PROJECT))],
    ['PUT', paths.cgw('00000000-0000-4000-8000-000000000000')],
    ['DELETE', paths.cgw(demo('cgw-spare-lte', OTHER_PROJECT))],
  ])('%s of an id outside this project answers 404 VPN.0004', async (method, path) => {
    const { call } = setup();
    const res = await call(method, path, method === 'PUT' ? { customer_gateway: { name: 'x' } } : undefined);
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe('VPN.0004');
  });
});
