import { settledAxe } from './axe.ts';
import type { APIRequestContext, Page } from '@playwright/test';
import { MOCK_IAM_USER, iamPaths, mockIamPaths, passwordAuthRequest } from '../contract/iam.ts';
import { fixturePsk } from '../contract/__fixtures__/vpn-connection.ts';
import { ConnectionWizard } from './components/connection-wizard.ts';
import { MOCK_BASE_URL, PROXY_BASE_URL } from './e2e-servers.ts';
import { expect, MockApi, test as base } from './fixtures.ts';
import { E2E_TRANSITION_MS } from './mock-api.ts';
import { SignInPage } from './pages/sign-in-page.ts';

// Real-cloud mode end to end: the browser talks to the server in proxy mode, whose "OTC" is the mock server.

const test = base.extend<{ mock: APIRequestContext; signInPage: SignInPage }>({
  mock: async ({ playwright }, use) => {
    const mock = await playwright.request.newContext({ baseURL: MOCK_BASE_URL });
    await use(mock);
    await mock.dispose();
  },
  // Still automatic (as in fixtures.ts), but on the mock: the proxy this spec browses has no control API.
  api: async ({ mock }, use) => {
    const api = new MockApi(mock);
    await api.reset();
    await api.setTransition(E2E_TRANSITION_MS);
    await api.seed();
    await use(api);
  },
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
});
test.use({ baseURL: PROXY_BASE_URL });

const TOKEN_KEY = 'otc-vpn-console.token';

/** Content-Security-Policy violations the page reports (the built console must run under the server's CSP). */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('asks for IAM sign-in first, then shows the page asked for with data from the upstream', async ({ page, signInPage }) => {
  const violations = collectCspViolations(page);
  await page.goto('/vpn-gateways');
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fvpn-gateways/);
  await expect(page.getByTestId('api-mode')).toHaveText('OTC eu-de');

  await signInPage.signIn(MOCK_IAM_USER, 'eu-de');
  await expect(page).toHaveURL(/\/vpn-gateways$/);
  await expect(page.getByText('vpngw-fra-core').first()).toBeVisible();
  await expect(page.getByTestId('session-expiry')).toHaveText(/^vpn-admin · expires .* \(in 2[34] h\)$/);

  const storage = await page.evaluate(() => ({ session: JSON.stringify({ ...sessionStorage }), local: JSON.stringify({ ...localStorage }) }));
  const token = await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY);
  expect(token).toMatch(/^MII/);
  expect(storage.local).not.toContain(token ?? '-');
  expect(storage.session + storage.local).not.toContain(MOCK_IAM_USER.password);
  expect(violations).toEqual([]);
});

test('a wrong password is explained and nothing is stored; the page passes an axe scan', async ({ page, signInPage }) => {
  await page.goto('/sign-in');
  await signInPage.signIn({ ...MOCK_IAM_USER, password: 'not-the-password' }, 'eu-de');
  await expect(signInPage.error).toContainText('The username or password is wrong.');
  await expect(signInPage.password).toHaveValue('');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)).toBeNull();
  const results = await (await settledAxe(page)).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(serious).toEqual([]);
});

test('lists connections and creates one through the wizard, all through the proxy', async ({ page, signInPage, api }) => {
  await page.goto('/vpn-connections');
  await signInPage.signIn(MOCK_IAM_USER, 'eu-de');
  await expect(page).toHaveURL(/\/vpn-connections$/);
  const seeded = await api.listConnections();
  await expect(page.getByText(seeded.vpn_connections[0]?.name ?? '-', { exact: true }).first()).toBeVisible();

  const wizard = new ConnectionWizard(page);
  await wizard.goto();
  await wizard.chooseStyle('Static routing');
  await wizard.textbox(/^Name/).fill('via-real-cloud-mode');
  await wizard.next();
  await wizard.chooseGateway('vpngw-fra-core');
  await wizard.chooseAddress('EIP 1');
  await wizard.chooseCustomerGateway('spare-lte-backup');
  await wizard.next();
  await wizard.fillSubnets(['192.168.77.0/24']);
  await wizard.next();
  await wizard.fillPsk(fixturePsk);
  await wizard.next();
  await wizard.next();
  await wizard.create();
  await expect(page).toHaveURL(/\/vpn-connections\/[0-9a-f-]{36}$/);
  // The upstream (the mock) really received it, with the token-scoped project.
  const created = (await api.listConnections()).vpn_connections.find((c) => c.name === 'via-real-cloud-mode');
  expect(created).toMatchObject({ style: 'STATIC', peer_subnets: ['192.168.77.0/24'] });
});

test('an expired token sends the admin to sign-in and back to the same page', async ({ page, signInPage, mock }) => {
  await page.goto('/customer-gateways');
  await signInPage.signIn(MOCK_IAM_USER, 'eu-de');
  await expect(page).toHaveURL(/\/customer-gateways$/);
  await expect(page.getByText('spare-lte-backup').first()).toBeVisible();

  expect((await (await mock.post(mockIamPaths.expireTokens)).json()).expired).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'VPN gateways' }).first().click();
  await expect(signInPage.sessionEnded).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fvpn-gateways/);

  await signInPage.signIn(MOCK_IAM_USER, 'eu-de');
  await expect(page).toHaveURL(/\/vpn-gateways$/);
  await expect(page.getByText('vpngw-fra-core').first()).toBeVisible();
});

test('a pasted token works, and sign-out forgets it', async ({ page, signInPage, mock }) => {
  const issued = await mock.post(iamPaths.tokens, { data: passwordAuthRequest({ ...MOCK_IAM_USER, project: 'eu-de' }) });
  const token = issued.headers()['x-subject-token'] ?? '';
  await page.goto('/sign-in');
  await signInPage.signInWithToken(token);
  await expect(page).toHaveURL(/\/vpn-connections$/);
  await expect(page.getByTestId('session-expiry')).toContainText('vpn-admin');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(signInPage.heading).toBeVisible();
  expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)).toBeNull();
  await page.goto('/vpn-connections');
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fvpn-connections/);
});
