import { describe, expect, it } from 'vitest';
import { v5Paths } from '../../contract/api-paths.ts';
import { mockQuotasPath } from '../../contract/mock-quotas.ts';
import { quotasResponseSchema } from '../../contract/quotas-tags.ts';
import { PROJECT, TRANSITION_MS, demo, paths, setup, staticBody } from '../test-support.ts';

const quotas = v5Paths.quotas(PROJECT);
const byType = (body: { quotas: { resources: { type: string; quota: number; used: number }[] } }) =>
  Object.fromEntries(body.quotas.resources.map((r) => [r.type, { quota: r.quota, used: r.used }]));

describe('GET /v5/{project_id}/vpn/quotas', () => {
  it('reports the default quotas and what the seeded project uses', async () => {
    const { call } = setup();
    const res = await call('GET', quotas);
    expect(res.status).toBe(200);
    expect(quotasResponseSchema.safeParse(res.body).success).toBe(true);
    expect(byType(res.body)).toEqual({
      vpn_gateway: { quota: 50, used: 6 },
      customer_gateway: { quota: 100, used: 7 },
      vpn_connection: { quota: 5000, used: 13 },
    });
    expect(res.body.request_id).toEqual(expect.any(String));
  });

  it('follows creates and deletes of every resource type', async () => {
    const { call, clock } = setup();
    const cgw = (await call('POST', paths.cgws(), { customer_gateway: { id_value: '198.51.100.99' } })).body.customer_gateway;
    await call('POST', paths.connections(), staticBody());
    await call('POST', paths.gateways(), { vpn_gateway: { attachment_type: 'er', er_id: demo('x') } });
    expect(byType((await call('GET', quotas)).body)).toMatchObject({
      vpn_gateway: { used: 7 },
      customer_gateway: { used: 8 },
      vpn_connection: { used: 14 },
    });
    await call('DELETE', paths.connection(demo('vpn-lab-legacy')));
    // Still counted while it is being deleted, as in the list.
    expect(byType((await call('GET', quotas)).body).vpn_connection?.used).toBe(14);
    clock.advance(TRANSITION_MS);
    await call('DELETE', paths.cgw(cgw.id));
    expect(byType((await call('GET', quotas)).body)).toMatchObject({ customer_gateway: { used: 7 }, vpn_connection: { used: 13 } });
  });

  it('uses quotas set through the control API, and refuses a customer gateway beyond its quota', async () => {
    const { call } = setup();
    const set = await call('POST', mockQuotasPath(PROJECT), { customer_gateway: 7 });
    expect(set.status).toBe(200);
    expect(byType((await call('GET', quotas)).body).customer_gateway).toEqual({ quota: 7, used: 7 });
    const res = await call('POST', paths.cgws(), { customer_gateway: { id_value: '198.51.100.99' } });
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toContain('quota exceeded: the project already has 7 of its 7 customer gateways');
    const bad = await call('POST', mockQuotasPath(PROJECT), { vpn_gateway: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error_msg).toContain('vpn_gateway: a quota must be a whole number from 0 to 100000');
  });

  it('forgets quota overrides when the project is re-seeded', async () => {
    const { call } = setup();
    await call('POST', mockQuotasPath(PROJECT), { vpn_gateway: 1 });
    await call('POST', `/__mock/projects/${PROJECT}/seed`, {});
    expect(byType((await call('GET', quotas)).body).vpn_gateway?.quota).toBe(50);
  });
});
