import { describe, expect, it } from 'vitest';
import { decideProxyPath } from './proxy-paths.ts';
import { REDACTED_TOKEN, redactSecrets } from './redact.ts';

const P = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

describe('decideProxyPath', () => {
  it.each([
    ['GET', `/v5/${P}/vpn-connection`, 'vpn'],
    ['DELETE', `/v5/${P}/vpn-connection/4c1f0e2a-1b7e-4a7d-9c65-8d2f61a0b9e1`, 'vpn'],
    ['POST', `/v5/${P}/vpn-gateway/4c1f0e2a-1b7e-4a7d-9c65-8d2f61a0b9e1/tags/create`, 'vpn'],
    ['GET', `/v5/${P}/vpn/quotas`, 'vpn'],
    ['POST', '/v2.0/vpn/ipsec-site-connections', 'vpc'],
    ['PUT', '/v2.0/vpn/ikepolicies/5522aff7-1b3c-48dd-9c3c-b50a44d6a8d8', 'vpc'],
    ['GET', '/v2.0/routers', 'vpc'],
    ['GET', '/v2.0/subnets/abc', 'vpc'],
    ['GET', `/v2.0/${P}/ipsec-site-connections/tags`, 'vpc'],
    ['POST', '/v3/auth/tokens', 'iam'],
    ['GET', '/v3/auth/tokens', 'iam'],
    ['GET', '/v3/projects', 'iam'],
  ])('forwards %s %s to %s', (method, path, api) => {
    expect(decideProxyPath(method, path)).toEqual({ ok: true, api, path });
  });

  it.each([
    ['GET', '/v5', 'outside the VPN, VPC and IAM API paths'],
    ['GET', `/v5/${P}`, 'outside'],
    ['GET', '/v3/users', 'outside'],
    ['GET', '/v3/auth/tokens/extra', 'outside'],
    ['POST', '/v2.0/networks', 'outside'],
    ['GET', '/v2.0/routers/a/b', 'outside'],
    ['GET', `/v5/${P}/../../v3/users`, 'dot segments'],
    ['GET', `/v5/${P}/./vpn-connection`, 'dot segments'],
    ['GET', `/v5/${P}/vpn-connection%2Fx`, 'percent-encoding'],
    ['GET', `/v5/${P}/vpn-connection\\x`, 'backslashes'],
    ['GET', `/v5/${P}//vpn-connection`, 'empty segments'],
    ['GET', `//evil.example/v5/${P}/vpn-connection`, 'not a path on this server'],
    ['GET', `/v5/${P}/http://evil.example`, 'not a path on this server'],
    ['GET', `/v5/p q/vpn-connection`, 'spaces'],
  ])('refuses %s %s (%s)', (method, path, why) => {
    const decision = decideProxyPath(method, path);
    expect(decision).toMatchObject({ ok: false, status: 403 });
    if (!decision.ok) {
      expect(decision.reason).toContain(why);
      expect(decision.reason).toContain('It forwards only /v5/{project_id}/…');
    }
  });

  it('answers 405 for a known path with a method it does not forward', () => {
    expect(decideProxyPath('PUT', '/v2.0/routers')).toMatchObject({ ok: false, status: 405, reason: 'the proxy forwards /v2.0/routers only for GET, not PUT' });
    expect(decideProxyPath('PATCH', `/v5/${P}/vpn-connection`)).toMatchObject({ ok: false, status: 405 });
  });
});

describe('redactSecrets', () => {
  it('removes the given secrets, token header values and anything shaped like an IAM token', () => {
    const token = 'MIIabcdefghijklmnopqrstuvwxyz0123456789';
    expect(redactSecrets(`sent ${token}`)).toBe(`sent ${REDACTED_TOKEN}`);
    expect(redactSecrets('X-Auth-Token: demo-token-1234 and x-subject-token=abc')).toBe(
      `X-Auth-Token: ${REDACTED_TOKEN} and x-subject-token=${REDACTED_TOKEN}`,
    );
    expect(redactSecrets('failed for opaque-token-value here', ['opaque-token-value'])).toBe(`failed for ${REDACTED_TOKEN} here`);
    expect(redactSecrets('proxy GET /v5/p/vpn-connection → vpn 200 3 ms', ['t'])).toBe('proxy GET /v5/p/vpn-connection → vpn 200 3 ms');
  });
});
