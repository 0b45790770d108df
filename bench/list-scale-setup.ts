// Support for bench/list-scale.bench.ts: a console server of its own on a free port (serving a copy of dist/
// plus the static "floor" page), a 10,000-connection project, and Chromium launched like playwright.config.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/e2e-servers.ts';

export const PROJECT = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  base: string;
  /** The static directory served (a temporary copy of dist/ with floor.html added). */
  dir: string;
  stop: () => void;
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the console server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/__health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the console server did not answer ${base}/__health within 60 s`);
}

/** Starts `server/main.ts --static <copy of dist>` with the control API on a free port. */
export async function startServer(): Promise<BenchServer> {
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ has no build: run "npm run build" (or npx vite build) first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otc-bench-'));
  cpSync(dist, dir, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--static', dir], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MOCK_CONTROL: '1', MOCK_DATA_FILE: '', MOCK_TRANSITION_MS: '700' },
    stdio: 'ignore',
  });
  await waitForHealth(base, child);
  return {
    base,
    dir,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const api = (base: string, p: string, init?: RequestInit) =>
  fetch(`${base}${p}`, { ...init, headers: { 'X-Auth-Token': 'bench', 'Content-Type': 'application/json', ...init?.headers } });

export async function seed(base: string, connections: number): Promise<void> {
  const res = await api(base, `/__mock/projects/${PROJECT}/seed`, { method: 'POST', body: JSON.stringify({ connections }) });
  if (!res.ok) throw new Error(`seed failed: HTTP ${res.status}`);
}

export async function setStatus(base: string, id: string, status: string): Promise<void> {
  const res = await api(base, `/__mock/projects/${PROJECT}/vpn-connections/${id}/status`, { method: 'POST', body: JSON.stringify({ status }) });
  if (!res.ok) throw new Error(`status change failed: HTTP ${res.status}`);
}

interface Row {
  id: string;
  name: string;
  status: string;
  style: string;
  vgw_id: string;
  vgw_ip: string;
  cgw_id: string;
  peer_subnets?: string[];
  created_at?: string;
}

export async function firstConnections(base: string, limit: number): Promise<Row[]> {
  const body = (await (await api(base, `/v5/${PROJECT}/vpn-connection?limit=${limit}`)).json()) as { vpn_connections: Row[] };
  return body.vpn_connections;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The floor: a plain HTML page with the same first rows and columns the console shows (names already joined
 * in), no script. Whatever the console does beyond this is the cost of being an application.
 */
export async function writeFloorPage(server: BenchServer, rows: number): Promise<string> {
  const connections = await firstConnections(server.base, rows);
  const gateways = (await (await api(server.base, `/v5/${PROJECT}/vpn-gateways`)).json()) as { vpn_gateways: Array<{ id: string; name: string }> };
  const cgws = (await (await api(server.base, `/v5/${PROJECT}/customer-gateways?limit=200`)).json()) as { customer_gateways: Array<{ id: string; name: string; id_value: string }> };
  const gw = new Map(gateways.vpn_gateways.map((g) => [g.id, g.name]));
  const cgw = new Map(cgws.customer_gateways.map((g) => [g.id, `${g.name} ${g.id_value}`]));
  const body = connections
    .map((c) => `<tr><td><a href="/vpn-connections/${c.id}">${esc(c.name)}</a></td><td>${esc(c.status)}</td><td>${esc(c.style)}</td><td>${esc(gw.get(c.vgw_id) ?? c.vgw_id)}</td><td>${esc(cgw.get(c.cgw_id) ?? c.cgw_id)}</td><td>${esc((c.peer_subnets ?? []).join(' '))}</td><td>${esc(c.created_at ?? '')}</td></tr>`)
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>VPN connections (floor)</title>
<style>body{font-family:sans-serif;margin:16px}table{border-collapse:collapse;font-size:14px}td,th{padding:6px 10px;border-bottom:1px solid #ddd;text-align:left}</style></head>
<body><h1>VPN connections</h1><table aria-label="VPN connections"><thead><tr><th>Name</th><th>Status</th><th>Style</th><th>VPN gateway</th><th>Customer gateway</th><th>Customer subnets</th><th>Created</th></tr></thead><tbody>
${body}
</tbody></table></body></html>`;
  writeFileSync(path.join(server.dir, 'floor.html'), html);
  return `${server.base}/floor.html`;
}

/** What FIRST_ROW_PROBE logs to the console once the first row has been painted. */
export const FIRST_ROW_PAINTED = 'bench: first row painted';

/**
 * Installed before any page script: records when the first connection row is in the DOM, then when the frame
 * showing it has been painted (after the next animation frame), relative to navigation start. It says so on
 * the console: waiting with page.waitForFunction instead would make Playwright compile its injected script
 * (~20 ms of the page's main thread) in the middle of the load being timed.
 */
export const FIRST_ROW_PROBE = `(() => {
  const done = (t) => { window.__firstRowPainted = t; console.debug(${JSON.stringify(FIRST_ROW_PAINTED)}); };
  const seen = () => document.querySelector('table tbody tr a');
  const check = () => {
    if (window.__firstRowSeen !== undefined || !seen()) return false;
    window.__firstRowSeen = performance.now();
    requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
    return true;
  };
  new MutationObserver((_, observer) => { if (check()) observer.disconnect(); }).observe(document, { childList: true, subtree: true });
})();`;

/** Installed before page scripts: the time from each keydown to the paint of the frame after it. */
export const KEY_PROBE = `(() => {
  window.__keys = [];
  window.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
  }, true);
})();`;
