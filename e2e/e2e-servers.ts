// The servers Playwright starts (playwright.config.ts) and where the specs find them. The second one runs in
// proxy ("real cloud") mode with the first, the mock, as its "OTC": only e2e/sign-in.spec.ts uses it.

// Debian's Chromium in containers: no sandbox (root), no GPU, small /dev/shm, no background traffic.
// Shared by playwright.config.ts and the browser benchmarks.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const E2E_PORT = Number(process.env.E2E_PORT || 4173);
// Far from E2E_PORT so parallel runs with neighbouring E2E_PORTs (4301, 4302, …) never collide.
export const E2E_PROXY_PORT = Number(process.env.E2E_PROXY_PORT || E2E_PORT + 1000);
export const MOCK_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const PROXY_BASE_URL = `http://127.0.0.1:${E2E_PROXY_PORT}`;

/** Playwright webServer entry: the console in proxy mode, every OTC endpoint pointing at the mock. */
export const proxyWebServer = {
  name: 'console-proxy',
  command: 'node --import tsx server/main.ts --static dist --upstream otc --region eu-de',
  url: `${PROXY_BASE_URL}/__health`,
  env: {
    PORT: String(E2E_PROXY_PORT),
    HOST: '127.0.0.1',
    OTC_VPN_ENDPOINT: MOCK_BASE_URL,
    OTC_VPC_ENDPOINT: MOCK_BASE_URL,
    OTC_IAM_ENDPOINT: MOCK_BASE_URL,
    PROXY_TIMEOUT_MS: '10000',
  },
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
};
