// Finds (or, as a last resort, installs) a Chromium for Playwright. The decision logic takes an injected
// probe so it can be unit-tested without touching the machine; `realProbe()` is the one that does.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** @param {string} file */
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {import('./find-chromium.d.mts').Probe} probe
 * @returns {Promise<import('./find-chromium.d.mts').FindResult>}
 */
export async function findChromium(probe) {
  const fromEnv = probe.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (probe.isExecutable(fromEnv)) return { ok: true, path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_PATH' };
    probe.log(`PLAYWRIGHT_CHROMIUM_PATH=${fromEnv} is not an executable file; looking for another Chromium.`);
  }
  if (probe.isExecutable(DEBIAN_CHROMIUM)) return { ok: true, path: DEBIAN_CHROMIUM, source: DEBIAN_CHROMIUM };
  for (const name of PATH_NAMES) {
    const found = probe.which(name);
    if (found) return { ok: true, path: found, source: `${name} on PATH` };
  }
  const own = await probe.playwrightBrowser();
  if (own) return { ok: true, path: own, source: "Playwright's downloaded browser" };

  probe.log('No Chromium found; trying `npx playwright install chromium` …');
  if (probe.run('npx', ['playwright', 'install', 'chromium'])) {
    const installed = await probe.playwrightBrowser();
    if (installed) return { ok: true, path: installed, source: 'npx playwright install chromium' };
  }

  const root = probe.isRoot();
  const debian = probe.isDebian();
  if (root && debian) {
    probe.log('Playwright could not download a browser; installing Debian\'s chromium with apt-get …');
    if (probe.run('apt-get', ['update']) && probe.run('apt-get', ['install', '-y', 'chromium'])) {
      if (probe.isExecutable(DEBIAN_CHROMIUM)) return { ok: true, path: DEBIAN_CHROMIUM, source: 'apt-get install chromium' };
      const onPath = probe.which('chromium');
      if (onPath) return { ok: true, path: onPath, source: 'apt-get install chromium' };
    }
  }
  return { ok: false, message: failureMessage({ root, debian }) };
}

/** @param {{ root: boolean, debian: boolean }} facts */
export function failureMessage({ root, debian }) {
  const lines = ['No Chromium found for the Playwright e2e tests, and none could be installed automatically. Do one of:'];
  if (debian) {
    lines.push(root ? '  - fix apt (see its output above), then: apt-get update && apt-get install -y chromium'
      : '  - sudo apt-get update && sudo apt-get install -y chromium');
  } else {
    lines.push('  - install Chromium or Google Chrome with your system package manager');
  }
  lines.push(
    '  - or point at any Chromium/Chrome binary: PLAYWRIGHT_CHROMIUM_PATH=/path/to/chrome npm test',
    "  - or let Playwright download its own (needs access to cdn.playwright.dev): npx playwright install chromium",
    'Then run `npm test` again (or `npm test -- --skip-e2e` to run everything except the browser tests).',
  );
  return lines.join('\n');
}

/** @returns {import('./find-chromium.d.mts').Probe} */
export function realProbe() {
  return {
    env: process.env,
    isExecutable: isExecutableFile,
    which(name) {
      for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
        if (dir && isExecutableFile(path.join(dir, name))) return path.join(dir, name);
      }
      return null;
    },
    async playwrightBrowser() {
      try {
        const { chromium } = await import('@playwright/test');
        const file = chromium.executablePath();
        return isExecutableFile(file) ? file : null;
      } catch {
        return null; // @playwright/test not installed: nothing Playwright could have downloaded either
      }
    },
    run(command, args) {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const result = spawnSync(command, args, { stdio: 'inherit', env, timeout: INSTALL_TIMEOUT_MS });
      return result.status === 0;
    },
    isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
    isDebian: () => existsSync('/etc/debian_version'),
    log: (line) => console.error(line),
  };
}

// `node scripts/find-chromium.mjs` prints the path on stdout, for shells and debugging.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await findChromium(realProbe());
  if (result.ok) {
    console.error(`Chromium from ${result.source}`);
    console.log(result.path);
  } else {
    console.error(result.message);
    process.exitCode = 1;
  }
}
