import { settledAxe } from './axe.ts';
import type { ConnectionStatus } from '../contract/status.ts';
import { expect, test } from './fixtures.ts';
import { ConnectionsPage } from './pages/connections-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

// What an admin reads for each raw API status (issue 3, point 2).
const STATUS_LABELS: Record<ConnectionStatus, string> = {
  ACTIVE: 'Active',
  DOWN: 'Not connected',
  ERROR: 'Error',
  PENDING_CREATE: 'Creating',
  PENDING_UPDATE: 'Updating',
  PENDING_DELETE: 'Deleting',
  FREEZED: 'Frozen',
  UNKNOWN: 'Unknown',
};

// Chrome refuses port 9 outright, so nothing can ever answer there.
const DEAD_API_BASE = 'http://127.0.0.1:9';

test('the list shows the seeded connections with readable status labels', async ({ page, api }) => {
  const { vpn_connections: seeded } = await api.listConnections();
  const gateways = await api.listGateways();
  const connections = new ConnectionsPage(page);
  await connections.goto();

  await expect(connections.heading).toBeVisible();
  await expect(connections.rows).toHaveCount(seeded.length);
  for (const c of seeded) {
    await expect(connections.status(c.name)).toHaveText(STATUS_LABELS[c.status ?? 'UNKNOWN']);
  }
  const first = seeded[0]!;
  const gateway = gateways.find((g) => g.id === first.vgw_id)!;
  await expect(connections.row(first.name)).toContainText(gateway.name);
  await expect(connections.freshness).toBeVisible();

  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await page.screenshot({ path: 'docs/screenshots/vpn-connections.png', fullPage: true });
  }
});

test('a connection created through the API appears and goes from Creating to Not connected on its own', async ({
  page,
  api,
}) => {
  // Long enough that the first fetch after the refresh still sees PENDING_CREATE.
  await api.setTransition(4_000);
  const connections = new ConnectionsPage(page);
  await connections.goto();
  await expect(connections.rows.first()).toBeVisible();

  const created = await api.createStaticConnection('e2e-created-site');
  await connections.refresh();

  await expect(connections.status(created.name)).toHaveText('Creating');
  // No reload and no click: the list polls fast while a row is PENDING_*.
  await expect(connections.status(created.name)).toHaveText('Not connected');
  await expect(connections.liveRegion).toContainText(`${created.name} is now Not connected (was Creating)`);
});

test('a dead API base shows a clear error, and switching back recovers', async ({ page }) => {
  const connections = new ConnectionsPage(page);
  const settings = new SettingsPage(page);
  await connections.goto();
  await expect(connections.rows.first()).toBeVisible();

  await connections.openSettings();
  await settings.saveApiBase(DEAD_API_BASE);
  await connections.open();
  await expect(connections.errorAlert).toContainText('Cannot reach the API');
  await expect(connections.errorAlert).toContainText(`Cannot reach the API at ${DEAD_API_BASE}`);
  await expect(connections.errorAlert).toContainText('Check the API base URL in Settings.');
  await expect(connections.retryButton).toBeVisible();

  await connections.openSettings();
  await settings.saveApiBase('');
  await connections.open();
  await expect(connections.rows.first()).toBeVisible();
  await expect(connections.errorAlert).toHaveCount(0);
});

test('the list page has no serious or critical accessibility violations', async ({ page }) => {
  const connections = new ConnectionsPage(page);
  await connections.goto();
  await expect(connections.rows.first()).toBeVisible();

  const results = await (await settledAxe(page)).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(severe).toEqual([]);
});
