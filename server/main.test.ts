import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real entry point, as a process: start-up messages, the ready line, shutdown and saving.

const repo = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startServer(env: Record<string, string>, onReady?: (line: string, stop: () => void) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('OTC VPN Console ready on '));
      if (line && onReady) {
        const callback = onReady;
        onReady = undefined;
        callback(line, () => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const freePort = () => 30000 + Math.floor(Math.random() * 20000);

describe('server/main.ts', () => {
  it('refuses a bad PORT with a message that says what is expected', async () => {
    const run = await startServer({ PORT: 'abc' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('PORT must be a TCP port number 1–65535, got "abc"');
  });

  it('refuses to start on a corrupt MOCK_DATA_FILE and leaves it untouched', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'main-')), 'state.json');
    writeFileSync(file, '{"format": "otc-vpn');
    const run = await startServer({ PORT: String(freePort()), MOCK_DATA_FILE: file });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Cannot start: MOCK_DATA_FILE ${file} is not valid JSON`);
    expect(run.stderr).toContain('The file is left untouched');
    expect(readFileSync(file, 'utf8')).toBe('{"format": "otc-vpn');
  });

  it('prints one ready line, serves, and saves its state on SIGTERM', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'main-')), 'state.json');
    const port = freePort();
    let health: unknown;
    const run = await startServer({ PORT: String(port), MOCK_DATA_FILE: file, MOCK_CONTROL: '1' }, (_line, stop) => {
      void (async () => {
        health = await (await fetch(`http://127.0.0.1:${port}/__health`)).json();
        // Left unread on purpose: a busy keep-alive connection must not hold up the shutdown.
        await fetch(`http://127.0.0.1:${port}/v5/0a1b2c3d4e5f60718293a4b5c6d7e8f9/vpn-gateways`, { headers: { 'X-Auth-Token': 't' } });
        stop();
      })();
    });
    expect(run.code).toBe(0);
    expect(health).toEqual({ status: 'ok' });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^OTC VPN Console ready on http://127\\.0\\.0\\.1:${port} \\(mock OTC API; state in .*; transitions 3000 ms; control API on\\)$`));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'otc-vpn-console/mock-state', projects: { '0a1b2c3d4e5f60718293a4b5c6d7e8f9': {} } });
  });
});
