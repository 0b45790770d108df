import { describe, expect, it } from 'vitest';
import { findChromium, type Probe } from './find-chromium.mjs';

interface Machine {
  env?: Record<string, string>;
  executables?: string[];
  onPath?: Record<string, string>;
  playwrightBrowser?: string;
  /** What `npx playwright install chromium` achieves: a browser path, or failure when absent. */
  playwrightInstalls?: string;
  /** Whether `apt-get install -y chromium` succeeds (and then creates /usr/bin/chromium). */
  aptWorks?: boolean;
  root?: boolean;
  debian?: boolean;
}

function fakeProbe(machine: Machine) {
  const executables = new Set(machine.executables ?? []);
  let playwright = machine.playwrightBrowser ?? null;
  const commands: string[] = [];
  const logs: string[] = [];
  const probe: Probe = {
    env: machine.env ?? {},
    isExecutable: (file) => executables.has(file),
    which: (name) => machine.onPath?.[name] ?? null,
    playwrightBrowser: () => Promise.resolve(playwright),
    run(command, args) {
      const line = [command, ...args].join(' ');
      commands.push(line);
      if (line === 'npx playwright install chromium') {
        playwright = machine.playwrightInstalls ?? null;
        return playwright !== null;
      }
      if (line === 'apt-get install -y chromium' && machine.aptWorks) executables.add('/usr/bin/chromium');
      return line === 'apt-get update' || machine.aptWorks === true;
    },
    isRoot: () => machine.root ?? false,
    isDebian: () => machine.debian ?? false,
    log: (line) => logs.push(line),
  };
  return { probe, commands, logs };
}

describe('findChromium', () => {
  const cases: { name: string; machine: Machine; path: string; source: string; commands?: string[] }[] = [
    {
      name: 'PLAYWRIGHT_CHROMIUM_PATH wins over everything when it is executable',
      machine: { env: { PLAYWRIGHT_CHROMIUM_PATH: '/opt/chrome' }, executables: ['/opt/chrome', '/usr/bin/chromium'] },
      path: '/opt/chrome',
      source: 'PLAYWRIGHT_CHROMIUM_PATH',
    },
    {
      name: 'Debian chromium when the variable is unset',
      machine: { executables: ['/usr/bin/chromium'], onPath: { 'google-chrome': '/usr/bin/google-chrome' } },
      path: '/usr/bin/chromium',
      source: '/usr/bin/chromium',
    },
    {
      name: 'an empty PLAYWRIGHT_CHROMIUM_PATH counts as unset',
      machine: { env: { PLAYWRIGHT_CHROMIUM_PATH: '' }, executables: ['/usr/bin/chromium'] },
      path: '/usr/bin/chromium',
      source: '/usr/bin/chromium',
    },
    {
      name: 'PATH names in order: chromium-browser before google-chrome',
      machine: { onPath: { 'chromium-browser': '/snap/bin/chromium-browser', 'google-chrome': '/usr/bin/google-chrome' } },
      path: '/snap/bin/chromium-browser',
      source: 'chromium-browser on PATH',
    },
    {
      name: "Playwright's own browser when nothing is installed system-wide",
      machine: { playwrightBrowser: '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome' },
      path: '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
      source: "Playwright's downloaded browser",
      commands: [],
    },
    {
      name: 'downloads with playwright install before touching apt',
      machine: { playwrightInstalls: '/root/.cache/ms-playwright/chrome', root: true, debian: true, aptWorks: true },
      path: '/root/.cache/ms-playwright/chrome',
      source: 'npx playwright install chromium',
      commands: ['npx playwright install chromium'],
    },
    {
      name: 'falls back to apt-get as root on Debian when the download fails',
      machine: { root: true, debian: true, aptWorks: true },
      path: '/usr/bin/chromium',
      source: 'apt-get install chromium',
      commands: ['npx playwright install chromium', 'apt-get update', 'apt-get install -y chromium'],
    },
  ];

  it.each(cases)('$name', async ({ machine, path, source, commands }) => {
    const { probe, commands: ran } = fakeProbe(machine);
    expect(await findChromium(probe)).toEqual({ ok: true, path, source });
    if (commands) expect(ran).toEqual(commands);
  });

  it('says so and keeps looking when PLAYWRIGHT_CHROMIUM_PATH is not executable', async () => {
    const { probe, logs } = fakeProbe({ env: { PLAYWRIGHT_CHROMIUM_PATH: '/nope' }, executables: ['/usr/bin/chromium'] });
    expect(await findChromium(probe)).toMatchObject({ ok: true, path: '/usr/bin/chromium' });
    expect(logs.join('\n')).toContain('PLAYWRIGHT_CHROMIUM_PATH=/nope is not an executable file');
  });

  it('never runs apt-get when not root', async () => {
    const { probe, commands } = fakeProbe({ root: false, debian: true, aptWorks: true });
    const result = await findChromium(probe);
    expect(commands).toEqual(['npx playwright install chromium']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('never runs apt-get off Debian, and tells the user what to do', async () => {
    const { probe, commands } = fakeProbe({ root: true, debian: false });
    const result = await findChromium(probe);
    expect(commands).toEqual(['npx playwright install chromium']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('PLAYWRIGHT_CHROMIUM_PATH=/path/to/chrome npm test');
      expect(result.message).toContain('npx playwright install chromium');
    }
  });

  it('fails with instructions when apt-get fails as root on Debian', async () => {
    const { probe, commands } = fakeProbe({ root: true, debian: true, aptWorks: false });
    const result = await findChromium(probe);
    expect(commands).toEqual(['npx playwright install chromium', 'apt-get update', 'apt-get install -y chromium']);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('apt-get update && apt-get install -y chromium');
  });
});
