import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, proxyWebServer } from './e2e/e2e-servers.ts';

// E2E_PORT lets two runs on one machine (e.g. parallel development) keep out of each other's way.
const PORT = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

// `npm test` exports the path it found (scripts/find-chromium.mjs). `||`, not `??`: an empty variable must fall
// through. Undefined means Playwright's own downloaded browser.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);


// `npm test` builds right before Playwright runs. Run directly (`npx playwright test`), Playwright serves the
// existing dist/ as is, or builds it first when there is none; rebuild yourself after changing src/.
const serve = 'node --import tsx server/main.ts --static dist';
const command = existsSync('dist/index.html') ? serve : `npx vite build && ${serve}`;

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Generous: a 2-core CI machine runs the server, the build and Chromium at once; tests wait on what users see.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: [
    {
      name: 'console',
      command,
      url: `${baseURL}/__health`,
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        MOCK_CONTROL: '1',
        // Short enough to keep tests fast, long enough that a PENDING_* state is visible to a polling UI.
        MOCK_TRANSITION_MS: '700',
        // In memory: every run starts from the seed, and the fixtures reset it before each test.
        MOCK_DATA_FILE: '',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    // Proxy mode in front of the mock above; started after it (dist/ exists by then). Used by e2e/sign-in.spec.ts.
    proxyWebServer,
  ],
});
