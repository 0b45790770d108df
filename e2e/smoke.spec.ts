import { v5Paths } from '../contract/api-paths.ts';
import { DEMO_PROJECT_ID, expect, test } from './fixtures.ts';

// Proves the harness: the built console is served, the SPA starts, and the mock API answers through the fixture.

test('the console loads without script errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page).toHaveTitle(/OTC VPN Console/);
  await expect(page.locator('#root')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test('a deep link is answered with the console, not a 404', async ({ page }) => {
  const response = await page.goto('/vpn-connections');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/OTC VPN Console/);
});

test('the mock API lists the seeded demo connections for the demo token', async ({ api }) => {
  const list = await api.listConnections();
  expect(list.vpn_connections.length).toBeGreaterThan(0);
  expect(list.total_count).toBe(list.vpn_connections.length);
  expect(new Set(list.vpn_connections.map((c) => c.style))).toEqual(new Set(['STATIC', 'POLICY', 'BGP']));
});

test('the mock API refuses a call without a token', async ({ request }) => {
  const response = await request.get(v5Paths.vpnConnections(DEMO_PROJECT_ID));
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error_code: 'VPN.0010' });
});
