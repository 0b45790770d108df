import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MOCK_IAM_USER, iamPaths, passwordAuthRequest } from '../contract/iam.ts';
import { vpnConnectionListResponseSchema } from '../contract/vpn-connection.ts';
import { PROJECT, paths } from './test-support.ts';

// Both faces as real processes: a mock (MOCK_REQUIRE_TOKEN=1) and, in front of it, the proxy started the way
// `npm start -- --upstream otc --region eu-de` starts it (the flags come after npm start's own).

const repo = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill('SIGTERM')));

interface Started {
  url: string;
  readyLine: string;
  output: () => string;
}

/** A port that was free a moment ago (PORT=0 is refused by the server's config). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function start(args: string[], env: Record<string, string>): Promise<Started> {
  const port = String(await freePort());
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: port, ...env },
    });
    children.push(child);
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('OTC VPN Console ready on '));
      const url = line?.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
      if (line && url) resolve({ url, readyLine: line, output: () => out });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

// Two tsx start-ups in a row take a few seconds on a busy machine.
describe('proxy mode as a process', { timeout: 30_000 }, () => {
  it('proxies sign-in and the v5 API to the upstream, ignores the data file and logs no token', async () => {
    const mock = await start([], { MOCK_REQUIRE_TOKEN: '1' });
    expect(mock.readyLine).toContain('only tokens issued by the mock IAM');
    const dataFile = path.join(mkdtempSync(path.join(tmpdir(), 'proxy-')), 'state.json');
    const proxy = await start(['--data-file', dataFile, '--upstream', 'otc', '--region', 'eu-de'], {
      OTC_VPN_ENDPOINT: mock.url,
      OTC_VPC_ENDPOINT: mock.url,
      OTC_IAM_ENDPOINT: mock.url,
    });
    expect(proxy.readyLine).toMatch(
      new RegExp(`\\(proxy to OTC eu-de \\(custom endpoints\\); vpn ${mock.url}, vpc ${mock.url}, iam ${mock.url}; timeout 30000 ms\\)$`),
    );

    const signIn = await fetch(`${proxy.url}${iamPaths.tokens}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(passwordAuthRequest({ ...MOCK_IAM_USER, project: 'eu-de' })),
    });
    expect(signIn.status).toBe(201);
    const token = signIn.headers.get('X-Subject-Token') ?? '';
    const list = await fetch(`${proxy.url}${paths.connections()}`, { headers: { 'X-Auth-Token': token } });
    expect(list.status).toBe(200);
    expect(vpnConnectionListResponseSchema.parse(await list.json()).vpn_connections.length).toBeGreaterThan(0);
    const refused = await fetch(`${proxy.url}/v5/${PROJECT}/vpn-connection`, { headers: { 'X-Auth-Token': 'not-issued' } });
    expect(refused.status).toBe(401);

    expect(existsSync(dataFile)).toBe(false);
    expect(proxy.output()).toContain(`proxy GET ${paths.connections()} → vpn 200`);
    expect(proxy.output()).not.toContain(token);
    expect(mock.output()).not.toContain(token);
  });

  it('refuses a bad region before listening', async () => {
    await expect(start(['--upstream', 'otc', '--region', 'Frankfurt'], {})).rejects.toThrow(
      '--region must be an OTC region such as eu-de, eu-nl or eu-ch2, got "Frankfurt"',
    );
  });
});
