import { describe, expect, it } from 'vitest';
import { createCustomerGatewayRequestSchema, updateCustomerGatewayRequestSchema } from './customer-gateway.ts';

const create = (body: unknown) => createCustomerGatewayRequestSchema.safeParse({ customer_gateway: body });
const messages = (r: ReturnType<typeof create>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

describe('customer gateway create/update', () => {
  it('accepts an IPv4 identity and defaults id_type to ip', () => {
    const r = create({ name: 'cgw-frankfurt', id_value: '88.99.1.164', bgp_asn: 65000 });
    expect(r.success && r.data.customer_gateway.id_type).toBe('ip');
  });

  it.each([
    [{ id_value: 'vpn.example.com' }, /customer_gateway.id_value: .*IPv4 address/],
    [{ id_value: '10.0.0.1', id_type: 'fqdn' }, /FQDN identities are not supported by OTC yet; use ip/],
    [{ id_value: '10.0.0.1', bgp_asn: 0 }, /at least 1/],
    [{ id_value: '10.0.0.1', bgp_asn: 4294967296 }, /at most 4294967295/],
    [{ id_value: '10.0.0.1', name: 'a b' }, /only letters, digits/],
    [{}, /id_value/],
  ])('refuses %j', (body, message) => {
    expect(messages(create(body)).join('\n')).toMatch(message);
  });

  it('renames only', () => {
    expect(updateCustomerGatewayRequestSchema.safeParse({ customer_gateway: { name: 'x' } }).success).toBe(true);
    const r = updateCustomerGatewayRequestSchema.safeParse({ customer_gateway: { name: 'x', bgp_asn: 1 } });
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
