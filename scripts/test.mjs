// `npm test`: every check CI runs, in order, stopping at the first failure.
//   node scripts/test.mjs               typecheck, lint, unit, chromium, build, e2e
//   node scripts/test.mjs --skip-e2e    stop after the unit tests
//   node scripts/test.mjs --only e2e    chromium, build, e2e (`npm run test:e2e`)
// Any other argument goes to `playwright test`, e.g. `npm run test:e2e -- e2e/smoke.spec.ts --headed`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, realProbe } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'node_modules', '.bin');

function parseArgs(argv) {
  const options = { onlyE2e: false, skipE2e: false, playwrightArgs: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--skip-e2e') options.skipE2e = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[(i += 1)] : arg.slice('--only='.length);
      if (value !== 'e2e') fail(`--only accepts only "e2e" (got "${value ?? ''}"): use \`npm test -- --only e2e\`.`);
      options.onlyE2e = true;
    } else options.playwrightArgs.push(arg);
  }
  if (options.onlyE2e && options.skipE2e) fail('--only e2e and --skip-e2e contradict each other: pick one.');
  if (options.skipE2e && options.playwrightArgs.length > 0) {
    fail(`Unknown argument(s) ${options.playwrightArgs.join(' ')}: with --skip-e2e there is no Playwright run to pass them to.`);
  }
  return options;
}

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a local binary from node_modules/.bin with inherited output; resolves to its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(path.join(bin, command), args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

async function ensureChromium() {
  const result = await findChromium(realProbe());
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  process.env.PLAYWRIGHT_CHROMIUM_PATH = result.path;
  console.log(`Chromium: ${result.path} (from ${result.source})`);
  return 0;
}

const options = parseArgs(process.argv.slice(2));
if (!existsSync(bin)) fail('node_modules is missing: run `npm install` (or `npm ci`) first, then `npm test` again.');

const checks = [
  { name: 'typecheck', hint: 'npm run typecheck', action: () => run('tsc', ['-b']) },
  { name: 'lint', hint: 'npm run lint', action: () => run('eslint', ['--max-warnings', '0', '.']) },
  { name: 'unit tests', hint: 'npm run test:unit', action: () => run('vitest', ['run']) },
];
const browser = [
  { name: 'chromium', hint: 'node scripts/find-chromium.mjs', action: ensureChromium },
  { name: 'build', hint: 'npm run build', action: () => run('vite', ['build']) },
  // PLAYWRIGHT_CHROMIUM_PATH travels through process.env, set by the chromium step.
  { name: 'e2e', hint: 'npm run test:e2e', action: () => run('playwright', ['test', ...options.playwrightArgs]) },
];
const steps = [...(options.onlyE2e ? [] : checks), ...(options.skipE2e ? [] : browser)];

// Ctrl-C reaches the child through the terminal's process group; we only need not to outlive it.
process.on('SIGINT', () => {});

const started = Date.now();
const timings = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const t0 = Date.now();
  const code = await step.action();
  const took = seconds(Date.now() - t0);
  if (code !== 0) {
    console.error(`\n✖ step "${step.name}" failed (exit code ${code}) after ${took}; rerun it alone with \`${step.hint}\`.`);
    process.exit(code || 1);
  }
  timings.push(`${step.name} ${took}`);
  console.log(`✔ ${step.name} passed in ${took}`);
}
console.log(`\n✔ all ${steps.length} steps passed in ${seconds(Date.now() - started)} (${timings.join(', ')})`);
