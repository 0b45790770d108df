import { describe, expect, it } from 'vitest';
import { cid, cp, TENANT } from '../classic/classic-test-support.ts';
import { setup } from '../test-support.ts';

describe('/v2.0/vpn/ikepolicies', () => {
  it('creates with the API defaults (201) and shows, lists, updates and deletes it', async () => {
    const { call } = setup();
    const created = await call('POST', cp.ikePolicies(), { ikepolicy: { name: 'ike-new' } });
    expect(created.status).toBe(201);
    const p = created.body.ikepolicy;
    expect(p).toMatchObject({
      name: 'ike-new',
      description: '',
      tenant_id: TENANT,
      auth_algorithm: 'sha1',
      encryption_algorithm: 'aes-128',
      ike_version: 'v1',
      pfs: 'group5',
      phase1_negotiation_mode: 'main',
      lifetime: { units: 'seconds', value: 3600 },
    });
    expect((await call('GET', cp.ikePolicy(p.id))).body.ikepolicy.id).toBe(p.id);
    expect((await call('GET', cp.ikePolicies())).body.ikepolicies).toHaveLength(3);
    const updated = await call('PUT', cp.ikePolicy(p.id), { ikepolicy: { ike_version: 'v2', lifetime: { value: 86400 } } });
    expect(updated.body.ikepolicy).toMatchObject({ ike_version: 'v2', lifetime: { units: 'seconds', value: 86400 } });
    expect((await call('DELETE', cp.ikePolicy(p.id))).status).toBe(204);
    expect((await call('GET', cp.ikePolicy(p.id))).status).toBe(404);
  });

  it('keeps the lifetime within 60–604800 seconds', async () => {
    const { call } = setup();
    const res = await call('POST', cp.ikePolicies(), { ikepolicy: { lifetime: { value: 604801 } } });
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/ikepolicy\.lifetime\.value: The lifetime must be a whole number of seconds from 60 to 604800/);
  });

  it('refuses to delete or change a policy in use (409) and names the connections', async () => {
    const { call } = setup();
    const del = await call('DELETE', cp.ikePolicy(cid('ike-hq')));
    expect(del.status).toBe(409);
    expect(del.body.NeutronError.type).toBe('IKEPolicyInUse');
    expect(del.body.NeutronError.message).toMatch(/ike-hq-v2 .* is used by 2 IPsec site connections: classic-hq .*classic-lab .*cannot be deleted while in use/);
    const put = await call('PUT', cp.ikePolicy(cid('ike-hq')), { ikepolicy: { name: 'x' } });
    expect(put.status).toBe(409);
    expect(put.body.NeutronError.message).toMatch(/cannot be changed while in use/);
  });

  it('deletes an unused policy', async () => {
    const { call } = setup();
    expect((await call('DELETE', cp.ikePolicy(cid('ike-legacy')))).status).toBe(204);
  });
});

describe('/v2.0/vpn/ipsecpolicies', () => {
  it('creates with the API defaults and refuses unknown enum values', async () => {
    const { call } = setup();
    const created = await call('POST', cp.ipsecPolicies(), { ipsecpolicy: { name: 'ipsec-new', pfs: 'disable' } });
    expect(created.status).toBe(201);
    expect(created.body.ipsecpolicy).toMatchObject({ transform_protocol: 'esp', encapsulation_mode: 'tunnel', pfs: 'disable', lifetime: { value: 3600 } });
    const bad = await call('POST', cp.ipsecPolicies(), { ipsecpolicy: { encryption_algorithm: 'aes-256-gcm-16' } });
    expect(bad.status).toBe(400);
    expect(bad.body.NeutronError.message).toMatch(/encryption_algorithm must be one of 3des, aes-128, aes-192, aes-256/);
  });

  it('refuses to delete a policy in use and deletes an unused one', async () => {
    const { call } = setup();
    const del = await call('DELETE', cp.ipsecPolicy(cid('ipsec-hq')));
    expect(del.status).toBe(409);
    expect(del.body.NeutronError.type).toBe('IPsecPolicyInUse');
    expect((await call('DELETE', cp.ipsecPolicy(cid('ipsec-legacy')))).status).toBe(204);
    expect((await call('DELETE', cp.ipsecPolicy(cid('ipsec-legacy')))).status).toBe(404);
  });

  it('refuses a foreign tenant_id', async () => {
    const { call } = setup();
    const res = await call('POST', cp.ipsecPolicies(), { ipsecpolicy: { tenant_id: 'someone-else' } });
    expect(res.status).toBe(400);
    expect(res.body.NeutronError.message).toMatch(/tenant_id someone-else is not the project of this token/);
  });
});
