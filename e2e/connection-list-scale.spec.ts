import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { ConnectionsPage } from './pages/connections-page.ts';

test('search, filter and sort live in the URL: a reload keeps the view', async ({ page }) => {
  const list = new ConnectionsPage(page);
  await list.goto();
  await expect(list.rows.first()).toBeVisible();

  await list.search('fra-core');
  await list.filter('Status', 'Active');
  await list.sortBy('Name');
  await list.sortBy('Name');
  await expect(list.sortState('Name')).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/q=fra-core/);
  await expect(page).toHaveURL(/status=/);
  await expect(page).toHaveURL(/sort=name/);
  const shown = ['hq-frankfurt-secondary', 'hq-frankfurt-primary', 'branch-munich-bgp-2', 'branch-munich-bgp-1'];
  await expect(list.rows.getByRole('link')).toHaveText(shown);

  await page.reload();
  await expect(list.searchBox).toHaveValue('fra-core');
  await expect(list.sortState('Name')).toHaveAttribute('aria-sort', 'descending');
  await expect(list.rows.getByRole('link')).toHaveText(shown);
});

test('redundant pairs stay together with their health when sorted and filtered', async ({ page }) => {
  const list = new ConnectionsPage(page);
  await list.goto();
  await expect(list.pairHealthOf('hq-frankfurt-primary')).toHaveText('2 of 2 up');
  // The DR pair on an active/standby gateway: the standby idles, which is expected there.
  await expect(list.pairHealthOf('dr-site-master')).toHaveText('1 of 2 up');

  await list.sortBy('Created');
  await list.sortBy('Created');
  const names = await list.names();
  expect(Math.abs(names.indexOf('hq-frankfurt-primary') - names.indexOf('hq-frankfurt-secondary'))).toBe(1);

  await list.filter('Status', 'Not connected');
  await expect(list.row('dr-site-standby')).toBeVisible();
  await expect(list.row('dr-site-master')).toHaveCount(0);
  await expect(list.pairHealthOf('dr-site-standby')).toHaveText('1 of 2 up');
  await expect(list.pairHeaderOf('dr-site-standby')).toContainText('1 hidden by the filter');
});

test('the VPN gateway filter asks the API with vgw_id', async ({ page, api }) => {
  const gateway = (await api.listGateways()).find((g) => g.name === 'vpngw-prod-ha');
  if (!gateway) throw new Error('seed changed: vpngw-prod-ha missing');
  const list = new ConnectionsPage(page);
  const asked = page.waitForRequest((r) => r.url().includes(`vgw_id=${gateway.id}`));
  await list.gotoWith(`?vgw=${gateway.id}`);
  await asked;
  // The answer renders after the request: wait for the rows rather than read them once.
  await expect.poll(async () => (await list.names()).sort()).toEqual(['partner-acme-policy', 'partner-acme-standby']);
});

test('a status change found by a poll is highlighted on its row only', async ({ page, api }) => {
  const list = new ConnectionsPage(page);
  await list.goto();
  await expect(list.status('branch-hamburg-policy')).toHaveText('Not connected');
  const id = (await api.listConnections()).vpn_connections.find((c) => c.name === 'branch-hamburg-policy')?.id ?? '';
  await api.setConnectionStatus(id, 'ACTIVE');
  await list.refresh();
  await expect(list.status('branch-hamburg-policy')).toHaveText('Active');
  await expect(list.row('branch-hamburg-policy')).toHaveAttribute('data-changed', 'true');
  await expect(list.table.locator('tr[data-changed]')).toHaveCount(1);
  await expect(list.liveRegion).toContainText('branch-hamburg-policy is now Active (was Not connected)');
});

test('bulk delete: a pre-check names what cannot go, then a report per connection', async ({ page, api }) => {
  const names = ['e2e-bulk-1', 'e2e-bulk-2', 'e2e-bulk-3'];
  for (const name of names) await api.createStaticConnection(name);
  const frozen = (await api.listConnections()).vpn_connections.find((c) => c.name === 'dc-berlin-mpls-b');
  if (!frozen) throw new Error('seed changed');
  await api.setConnectionStatus(frozen.id, 'FREEZED');
  await expect.poll(async () => (await api.listConnections()).vpn_connections.filter((c) => names.includes(c.name) && c.status === 'PENDING_CREATE').length).toBe(0);

  const list = new ConnectionsPage(page);
  await list.goto();
  for (const name of [...names, 'dc-berlin-mpls-b']) await list.select(name);
  await list.deleteSelectedButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete selected VPN connections' });
  await expect(dialog).toContainText('1 of the selected cannot be deleted');
  await expect(dialog).toContainText('dc-berlin-mpls-b: Frozen connections cannot be deleted');
  const run = dialog.getByRole('button', { name: 'Delete 3 connections' });
  await expect(run).toBeDisabled();
  await dialog.getByRole('textbox', { name: /to confirm/ }).fill('DELETE');
  await run.click();

  const report = dialog.getByRole('table', { name: 'Delete results' });
  for (const name of names) await expect(report.getByRole('row', { name: new RegExp(name) })).toContainText('Deleted', { timeout: 20_000 });
  await expect(dialog).toContainText('3 of 3 deleted');
  await dialog.getByRole('button', { name: 'Close' }).click();
  for (const name of names) await expect(list.row(name)).toHaveCount(0);
  await expect(list.row('dc-berlin-mpls-b')).toHaveCount(1);
  expect((await api.requests()).filter((r) => r.method === 'DELETE')).toHaveLength(3);
});

test('delete from the list row menu with the typed name', async ({ page, api }) => {
  const created = await api.createStaticConnection('e2e-row-delete');
  await expect.poll(async () => (await api.getConnection(created.id)).status).not.toBe('PENDING_CREATE');
  const list = new ConnectionsPage(page);
  await list.goto();
  await list.rowAction(created.name, 'Delete');
  const dialog = page.getByRole('dialog', { name: `Delete VPN connection ${created.name}?` });
  await dialog.getByRole('textbox').fill(created.name);
  await dialog.getByRole('button', { name: 'Delete connection' }).click();
  await expect(list.status(created.name)).toHaveText('Deleting');
  await expect(list.row(created.name)).toHaveCount(0, { timeout: 15_000 });
});

test('the column choice survives a reload, and the CSV export holds the filtered rows without any key', async ({ page }) => {
  const list = new ConnectionsPage(page);
  await list.goto();
  await expect(list.table.getByRole('columnheader', { name: 'Style' })).toBeVisible();
  await list.toggleColumn('Style');
  await list.toggleColumn('IKE');
  await expect(list.table.getByRole('columnheader', { name: 'Style' })).toHaveCount(0);
  await page.reload();
  await expect(list.rows.first()).toBeVisible();
  await expect(list.table.getByRole('columnheader', { name: 'Style' })).toHaveCount(0);
  await expect(list.table.getByRole('columnheader', { name: 'IKE' })).toBeVisible();

  await list.search('munich');
  await expect(list.exportButton).toHaveText('Export CSV (2)');
  const download = page.waitForEvent('download');
  await list.exportButton.click();
  const file = await (await download).path();
  const csv = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toContain('id,name,status');
  expect(lines[0]).not.toMatch(/psk/i);
  expect(lines.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(['branch-munich-bgp-1', 'branch-munich-bgp-2']);
});

test('a 5,000-connection project renders, pages and filters without errors', async ({ page, api }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await api.seed(undefined, { connections: 5000 });
  const list = new ConnectionsPage(page);
  await list.goto();
  await expect(list.rows.first()).toBeVisible();
  await expect(list.summary).toContainText('of 5,013 matching', { timeout: 30_000 });
  // Virtualised: far fewer rows in the DOM than on the page.
  expect(await list.rows.count()).toBeLessThan(60);

  await list.search('scale-conn-04999');
  await expect(list.rows).toHaveCount(1);
  await expect(list.summary).toContainText('Showing 1–1 of 1 matching');
  await list.search('');
  await list.filter('Status', 'Error');
  await expect(list.summary).toContainText('Showing 1–100 of 101 matching');
  await page.getByRole('button', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(list.summary).toContainText('Showing 101–101 of 101 matching');
  expect(problems).toEqual([]);
});
