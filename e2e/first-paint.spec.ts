import { settledAxe } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { ConnectionsPage } from './pages/connections-page.ts';

// The list's first paint (docs/decisions/0009): the first rows are drawn before the application's code has
// loaded. Holding back the application's vendor chunk keeps that moment on screen long enough to look at.

test('the first rows show before the application loads, and the application takes over without asking twice', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/vendor-*.js', async (route) => {
    await held;
    await route.continue();
  });
  const firstPageRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/vpn-connection\?limit=50$/.test(request.url())) firstPageRequests.push(request.url());
  });

  await page.goto('/vpn-connections');
  const firstPaint = page.locator('[data-first-paint]');
  const early = firstPaint.getByRole('table', { name: 'VPN connections' });
  await expect(early).toBeVisible();
  await expect(early.getByRole('link', { name: 'hq-frankfurt-primary' })).toHaveAttribute('href', /^\/vpn-connections\/[\w-]+$/);
  // Names joined in and pairs grouped, as the application's table draws them.
  const primary = early.getByRole('row').filter({ has: page.getByRole('link', { name: 'hq-frankfurt-primary' }) });
  await expect(primary).toContainText('vpngw-fra-core');
  await expect(primary).toContainText('hq-frankfurt-fw');
  await expect(primary.getByTestId('status-badge')).toHaveText('Active');
  await expect(early.getByText('2 of 2 up').first()).toBeVisible();
  const scan = await (await settledAxe(page)).include('[data-first-paint]').analyze();
  expect(scan.violations).toEqual([]);

  release();
  await expect(firstPaint).toHaveCount(0);
  const list = new ConnectionsPage(page);
  await expect(list.rows.getByRole('link', { name: 'hq-frankfurt-primary' })).toBeVisible();
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  // The application adopted the first page the first paint asked for.
  expect(firstPageRequests).toHaveLength(1);
  // And it is the application now: the search box works.
  await list.search('munich');
  await expect(list.rows.getByRole('link')).toHaveText(['branch-munich-bgp-1', 'branch-munich-bgp-2']);
});

test('a list URL with a view in it waits for the application (no first paint to contradict it)', async ({ page }) => {
  await page.goto('/vpn-connections?q=munich');
  const list = new ConnectionsPage(page);
  await expect(list.rows.getByRole('link')).toHaveText(['branch-munich-bgp-1', 'branch-munich-bgp-2']);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/vpn-connection?limit=50')).length)).toBe(1);
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
});

test('the first requests leave from the HTML while the start-up script and stylesheet are still on their way, allowed by the CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The stylesheet too: a classic script placed after it would wait for it.
  await page.route(/\/assets\/start-[\w-]+\.(js|css)$/, async (route) => {
    await held;
    await route.continue();
  });
  const firstPage = page.waitForRequest(/\/vpn-connection\?limit=50$/);
  await page.goto('/vpn-connections', { waitUntil: 'commit' });
  // Nothing but index.html itself has run yet: the start-up script and its stylesheet are held back.
  await firstPage;
  release();
  const list = new ConnectionsPage(page);
  await expect(list.rows.getByRole('link', { name: 'hq-frankfurt-primary' })).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/vpn-connection?limit=50')).length)).toBe(1);
  expect(violations).toEqual([]);
});
