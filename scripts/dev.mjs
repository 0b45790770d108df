// `npm run dev`: the mock OTC server (restarted on change) plus the Vite dev server with HMR.
// vite.config.ts proxies /v5, /v2.0, /v3 and /__mock to the mock on 127.0.0.1:8081.
// Both stop together: on Ctrl-C, or as soon as either one exits.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'node_modules', '.bin');
const MOCK_PORT = '8081';
const color = process.stdout.isTTY;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

const processes = [
  {
    label: paint('36', '[mock]'),
    command: process.execPath,
    args: ['--import', 'tsx', '--watch', 'server/main.ts'],
    // An empty MOCK_DATA_FILE keeps the dev mock in memory, so a restart on save starts from the seed.
    env: { PORT: MOCK_PORT, HOST: '127.0.0.1', MOCK_CONTROL: '1', MOCK_DATA_FILE: process.env.MOCK_DATA_FILE ?? '' },
  },
  { label: paint('35', '[vite]'), command: path.join(bin, 'vite'), args: [], env: {} },
];

/** Prefixes every complete line; keeps a partial last line until its newline arrives. */
function forward(stream, label, out) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) out.write(`${label} ${line}\n`);
  });
  stream.on('end', () => {
    if (pending) out.write(`${label} ${pending}\n`);
  });
}

let stopping = false;
const children = processes.map(({ label, command, args, env }) => {
  const child = spawn(command, args, {
    cwd: root,
    // Own process group, so stopping also reaches grandchildren (node --watch's runner, esbuild).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(color ? { FORCE_COLOR: '1' } : {}), ...env },
  });
  forward(child.stdout, label, process.stdout);
  forward(child.stderr, label, process.stderr);
  child.on('error', (error) => {
    console.error(`${label} could not start ${command}: ${error.message}`);
    child.exited = true;
    stop(1);
  });
  child.on('exit', (code, signal) => {
    child.exited = true;
    if (!stopping) {
      console.error(`${label} exited (${signal ?? `code ${code}`}); stopping the other one.`);
      stop(code || 1);
    } else if (children.every((c) => c.exited)) {
      process.exit(process.exitCode ?? 0);
    }
  });
  return child;
});

function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  for (const child of children) {
    if (child.exited || child.pid === undefined) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.exited = true; // the group is already gone
    }
  }
  if (children.every((c) => c.exited)) process.exit(exitCode);
  // A child that ignores SIGTERM must not keep the terminal hostage.
  setTimeout(() => {
    for (const child of children) if (!child.exited && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    process.exit(exitCode);
  }, 5000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
console.log(`Mock OTC API on http://127.0.0.1:${MOCK_PORT} (control API on); console on http://127.0.0.1:5173 — Ctrl-C stops both.`);
