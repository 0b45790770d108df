import { describe, expect, it } from 'vitest';
import { parseCommandLine, type ServerConfig } from './config.ts';

function configOf(argv: string[], env: Record<string, string> = {}): ServerConfig {
  const parsed = parseCommandLine(argv, env);
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.config;
}

describe('upstream settings', () => {
  it('is the mock unless told otherwise', () => {
    expect(configOf([]).upstream).toEqual({ mode: 'mock' });
    expect(configOf(['--upstream', 'mock']).upstream).toEqual({ mode: 'mock' });
  });

  it('takes the flags npm start appends after its own (--static dist --data-file …)', () => {
    const config = configOf(['--static', 'dist', '--data-file', '.data/mock-state.json', '--upstream', 'otc', '--region', 'eu-nl']);
    expect(config.staticDir).toBe('dist');
    expect(config.upstream).toEqual({
      mode: 'otc',
      region: 'eu-nl',
      endpoints: {
        vpn: 'https://vpn.eu-nl.otc.t-systems.com',
        vpc: 'https://vpc.eu-nl.otc.t-systems.com',
        iam: 'https://iam.eu-nl.otc.t-systems.com',
      },
      customEndpoints: false,
      timeoutMs: 30000,
      bodyLimitBytes: 1048576,
    });
  });

  it('defaults the region to eu-de and accepts --flag=value', () => {
    const config = configOf(['--upstream=otc']);
    expect(config.upstream).toMatchObject({ mode: 'otc', region: 'eu-de', endpoints: { iam: 'https://iam.eu-de.otc.t-systems.com' } });
    expect(configOf(['--upstream=otc', '--region=eu-ch2']).upstream).toMatchObject({ region: 'eu-ch2' });
  });

  it('reads the environment, with the flags winning', () => {
    const env = { UPSTREAM: 'otc', OTC_REGION: 'eu-nl', PROXY_TIMEOUT_MS: '5000', PROXY_BODY_LIMIT: '2048' };
    expect(configOf([], env).upstream).toMatchObject({ mode: 'otc', region: 'eu-nl', timeoutMs: 5000, bodyLimitBytes: 2048 });
    expect(configOf(['--region', 'eu-de'], env).upstream).toMatchObject({ region: 'eu-de' });
    expect(configOf(['--upstream', 'mock'], env).upstream).toEqual({ mode: 'mock' });
  });

  it('takes a custom endpoint per API (private clouds) and trims the trailing slash', () => {
    const env = { OTC_VPN_ENDPOINT: 'https://vpn.example.internal/gateway/', OTC_IAM_ENDPOINT: 'http://127.0.0.1:9000' };
    const upstream = configOf(['--upstream', 'otc'], env).upstream;
    expect(upstream).toMatchObject({
      customEndpoints: true,
      endpoints: { vpn: 'https://vpn.example.internal/gateway', vpc: 'https://vpc.eu-de.otc.t-systems.com', iam: 'http://127.0.0.1:9000' },
    });
  });

  it('reads MOCK_REQUIRE_TOKEN', () => {
    expect(configOf([], { MOCK_REQUIRE_TOKEN: '1' }).requireIssuedToken).toBe(true);
    expect(() => configOf([], { MOCK_REQUIRE_TOKEN: 'please' })).toThrow('MOCK_REQUIRE_TOKEN must be 1 (on) or 0 (off), got "please"');
  });

  it.each([
    [['--upstream', 'aws'], {}, '--upstream must be "mock" (the built-in emulation) or "otc" (proxy to Open Telekom Cloud), got "aws"'],
    [[], { UPSTREAM: 'real' }, 'UPSTREAM must be "mock"'],
    [['--upstream'], {}, '--upstream needs a value, e.g. --upstream otc'],
    [['--upstream='], {}, '--upstream needs a value, e.g. --upstream=otc'],
    [['--upstream', 'otc', '--region', 'EU DE'], {}, '--region must be an OTC region such as eu-de, eu-nl or eu-ch2, got "EU DE"'],
    [['--upstream', 'otc'], { OTC_REGION: 'germany' }, 'OTC_REGION must be an OTC region'],
    [['--region', 'eu-de'], {}, '--region only applies to the proxy: add --upstream otc'],
    [['--upstream', 'otc'], { OTC_VPN_ENDPOINT: 'vpn.eu-de.otc.t-systems.com' }, 'OTC_VPN_ENDPOINT must be an https:// URL such as https://vpn.eu-de.otc.t-systems.com, got'],
    [['--upstream', 'otc'], { OTC_IAM_ENDPOINT: 'http://iam.example.com' }, 'http:// is allowed only for 127.0.0.1 or localhost'],
    [['--upstream', 'otc'], { OTC_VPC_ENDPOINT: 'https://user:pw@vpc.example.com' }, 'without user:password@, ?query or #fragment'],
    [['--upstream', 'otc'], { OTC_VPC_ENDPOINT: 'ftp://vpc.example.com' }, 'OTC_VPC_ENDPOINT must be an https:// URL'],
    [['--upstream', 'otc'], { PROXY_TIMEOUT_MS: '0' }, 'PROXY_TIMEOUT_MS must be a whole number of milliseconds from 1 to 600000 (default 30000), got "0"'],
    [['--upstream', 'otc'], { PROXY_BODY_LIMIT: '1MB' }, 'PROXY_BODY_LIMIT must be a whole number of bytes from 1 to 12582912 (default 1048576), got "1MB"'],
  ])('refuses %j %j with a message naming the fix', (argv, env, message) => {
    expect(() => parseCommandLine(argv, env)).toThrow(message);
  });
});
