import { settledAxe } from './axe.ts';
import { REDACTED } from '../contract/mock-control.ts';
import { E2E_PSK, expect, test } from './fixtures.ts';
import { ConnectionDetailPage } from './pages/connection-detail-page.ts';
import { ConnectionEditPage } from './pages/connection-edit-page.ts';
import { ConnectionsPage } from './pages/connections-page.ts';

const NEW_PSK = 'Edit-Key-2026!x';

async function idOf(api: { listConnections: () => Promise<{ vpn_connections: Array<{ id: string; name: string }> }> }, name: string): Promise<string> {
  const found = (await api.listConnections()).vpn_connections.find((c) => c.name === name);
  if (!found) throw new Error(`seed changed: no connection named ${name}`);
  return found.id;
}

test('a connection opened from the list shows its status change without a reload, and records it', async ({ page, api }) => {
  // Long enough that the detail page sees "Creating" before the mock moves on.
  await api.setTransition(3_000);
  const created = await api.createStaticConnection('e2e-detail-site');
  const list = new ConnectionsPage(page);
  const detail = new ConnectionDetailPage(page);
  await list.goto();
  await list.row(created.name).getByRole('link', { name: created.name }).click();

  await expect(detail.heading).toHaveText(created.name);
  await expect(detail.status).toHaveText('Creating');
  await expect(detail.nextStep).toContainText('Wait');
  // No reload: the page polls fast while the connection is PENDING_*.
  await expect(detail.status).toHaveText('Not connected', { timeout: 15_000 });
  await expect(detail.liveRegion).toContainText(`${created.name} is now Not connected (was Creating)`);
  await expect(detail.lastChange).toContainText('Last status change:');
  await expect(detail.history).toContainText('Creating');
  await expect(detail.history).toContainText('Not connected');
  // DOWN says what to check on the device, with this connection's own values.
  await expect(detail.nextStep).toContainText('Check the device against these values');
  await expect(page.getByRole('table', { name: 'Values to check on the customer device' })).toContainText('192.168.250.0/24');
});

test('tags are edited from the detail page through the tags API, and the page shows them at once', async ({ page, api }) => {
  const id = await idOf(api, 'partner-acme-policy');
  const detail = new ConnectionDetailPage(page);
  await detail.goto(id);
  await page.getByRole('button', { name: 'Edit tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags of partner-acme-policy' });
  await dialog.getByRole('textbox', { name: /^Key/ }).fill('owner');
  await dialog.getByRole('textbox', { name: /^Value/ }).fill('netops');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.getByRole('table', { name: 'Tags of partner-acme-policy' })).toContainText('netops');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Tags' })).toContainText('owner=netops');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Tags' })).toContainText('owner=netops');
});

test('every field is grouped, with the gateway links and a copyable id', async ({ page, api }) => {
  const id = await idOf(api, 'partner-acme-policy');
  const detail = new ConnectionDetailPage(page);
  await detail.goto(id);
  for (const group of ['Overview', 'Gateways', 'Networking', 'Tags', 'IKE policy (phase 1)', 'IPsec policy (phase 2)', 'Dead peer detection (DPD)']) {
    await expect(page.getByRole('region', { name: group })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Overview' })).toContainText(id);
  await expect(page.getByRole('button', { name: 'Copy connection ID' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gateways' }).getByRole('link', { name: 'vpngw-prod-ha' })).toHaveAttribute('href', /\/vpn-gateways\//);
  await expect(page.getByRole('region', { name: 'Gateways' }).getByRole('link', { name: 'partner-acme-asa' })).toHaveAttribute('href', /\/customer-gateways\//);
  await expect(page.getByRole('table', { name: 'Policy rules' })).toContainText('172.16.10.0/24');
  // The partner's IKEv1 policy uses DH group 14, which the docs flag as low security.
  await expect(page.getByRole('region', { name: 'IKE policy (phase 1)' })).toContainText('low security');
});

test('the logs tab explains a phase 1 proposal mismatch and keeps its filters in the URL', async ({ page, api }) => {
  const id = await idOf(api, 'lab-legacy-3des');
  const detail = new ConnectionDetailPage(page);
  await detail.goto(id);
  await expect(detail.status).toHaveText('Error');
  await page.getByRole('button', { name: 'Open the connection logs' }).click();
  await expect(detail.logsTab).toHaveAttribute('aria-selected', 'true');
  await expect(detail.knownErrors).toContainText('Proposal mismatch (phase 1, IKE)');
  await expect(detail.knownErrors).toContainText('What to do:');
  await expect(detail.logLines.filter({ hasText: 'NO_PROPOSAL_CHOSEN' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Show only “NO_PROPOSAL_CHOSEN” lines' }).click();
  await expect(page).toHaveURL(/logq=NO_PROPOSAL_CHOSEN/);
  await detail.logRange('Last hour');
  await expect(page).toHaveURL(/range=1h/);
  await page.reload();
  await expect(detail.logKeyword).toHaveValue('NO_PROPOSAL_CHOSEN');
  const lines = detail.logLines.filter({ hasText: 'charon' });
  await expect(lines.first()).toBeVisible();
  for (const text of await lines.allTextContents()) expect(text).toContain('NO_PROPOSAL_CHOSEN');
});

test('editing is blocked while PENDING_UPDATE, with the reason shown', async ({ page, api }) => {
  await api.setTransition(60_000);
  const id = await idOf(api, 'branch-munich-bgp-1');
  await api.setConnectionStatus(id, 'PENDING_UPDATE');
  const detail = new ConnectionDetailPage(page);
  await detail.goto(id);
  await expect(detail.status).toHaveText('Updating');
  await expect(detail.editButton).toBeDisabled();
  await expect(detail.editBlockedReason).toContainText('A change is being applied right now');
  await expect(detail.editBlockedReason).toContainText('VPN.0306');
  // Delete stays possible (the API accepts it), so it is not disabled.
  await expect(detail.deleteButton).toBeEnabled();

  const edit = new ConnectionEditPage(page);
  await edit.goto(id);
  await expect(edit.blocked).toContainText('cannot be edited right now');
  await expect(edit.reviewButton).toHaveCount(0);
});

test('a frozen connection cannot be deleted, and says why', async ({ page, api }) => {
  const id = await idOf(api, 'dc-berlin-mpls-a');
  await api.setConnectionStatus(id, 'FREEZED');
  const detail = new ConnectionDetailPage(page);
  await detail.goto(id);
  await expect(detail.status).toHaveText('Frozen');
  await expect(detail.deleteButton).toBeDisabled();
  await expect(detail.deleteBlockedReason).toContainText('Frozen connections cannot be deleted');
  await expect(detail.editBlockedReason).toContainText('frozen');
});

test('edit the subnets and the PSK: review, PUT only what changed, read back', async ({ page, api }) => {
  const id = await idOf(api, 'hq-frankfurt-primary');
  const detail = new ConnectionDetailPage(page);
  const edit = new ConnectionEditPage(page);
  await detail.goto(id);
  await detail.editLink.click();
  await expect(edit.heading).toHaveText('Edit hq-frankfurt-primary');
  await expect(edit.psk).toHaveValue('');
  await expect(edit.pskRules).toHaveCount(0);

  await edit.addSubnet('192.168.12.0/24');
  await edit.psk.fill(NEW_PSK);
  // The wizard's live checklist appears as soon as a key is typed.
  await expect(edit.pskRules).toBeVisible();
  await expect(page.getByText('IKEv2: a new key alone does not take effect')).toBeVisible();
  await edit.pskConfirm.fill(NEW_PSK);
  await edit.reviewButton.click();

  await expect(edit.change('Customer subnets')).toContainText('192.168.10.0/24, 192.168.11.0/24');
  await expect(edit.change('Customer subnets')).toContainText('192.168.10.0/24, 192.168.11.0/24, 192.168.12.0/24');
  await expect(edit.change('Pre-shared key')).toContainText('not shown');
  await expect(edit.changes).not.toContainText(NEW_PSK);
  await expect(edit.disruptive).toContainText('Customer subnets');
  await expect(edit.changes.getByRole('row')).toHaveCount(3);
  await edit.saveButton.click();

  await expect(edit.result).toContainText('Saved');
  await expect(edit.rereadValues).toContainText('192.168.10.0/24, 192.168.11.0/24, 192.168.12.0/24');
  await expect(edit.result).toContainText('cannot be read back');
  await expect(page.getByText('Every changed field reads back as sent.')).toBeVisible();

  const puts = (await api.requests()).filter((r) => r.method === 'PUT');
  expect(puts.at(-1)?.body).toEqual({
    vpn_connection: { peer_subnets: ['192.168.10.0/24', '192.168.11.0/24', '192.168.12.0/24'], psk: REDACTED },
  });
  const reread = await api.getConnection(id);
  expect(reread.peer_subnets).toEqual(['192.168.10.0/24', '192.168.11.0/24', '192.168.12.0/24']);
  expect(JSON.stringify(reread)).not.toContain(NEW_PSK);
});

test('a conflicting update (VPN.0306) is explained and can be retried without losing the input', async ({ page, api }) => {
  const id = await idOf(api, 'branch-munich-bgp-2');
  const edit = new ConnectionEditPage(page);
  await edit.goto(id);
  await edit.field('Name').fill('branch-munich-bgp-renamed');
  await edit.reviewButton.click();
  await expect(edit.change('Name')).toContainText('branch-munich-bgp-renamed');

  // Someone else's change is being applied right now.
  await api.setTransition(4_000);
  await api.setConnectionStatus(id, 'PENDING_UPDATE');
  await edit.saveButton.click();
  await expect(edit.conflict).toContainText('VPN.0306');
  await expect(edit.conflict).toContainText('Nothing you entered is lost');

  await expect.poll(async () => (await api.getConnection(id)).status, { timeout: 15_000 }).toBe('ACTIVE');
  await edit.retryButton.click();
  await expect(edit.rereadValues).toContainText('branch-munich-bgp-renamed');
  expect((await api.getConnection(id)).name).toBe('branch-munich-bgp-renamed');
});

test('delete from the detail page needs the typed name; the row shows Deleting, then disappears', async ({ page, api }) => {
  await api.setTransition(2_000);
  const created = await api.createStaticConnection('e2e-delete-me');
  await expect.poll(async () => (await api.getConnection(created.id)).status).not.toBe('PENDING_CREATE');
  const detail = new ConnectionDetailPage(page);
  const list = new ConnectionsPage(page);
  await detail.goto(created.id);
  await detail.deleteButton.click();
  await expect(detail.confirmDeleteButton).toBeDisabled();
  await detail.deleteDialog.getByRole('textbox').fill('e2e-delete');
  await expect(detail.confirmDeleteButton).toBeDisabled();
  await detail.confirmDelete(created.name);

  await expect(list.heading).toBeVisible();
  await expect(list.status(created.name)).toHaveText('Deleting');
  await expect(list.row(created.name)).toHaveCount(0, { timeout: 15_000 });
  const deletes = (await api.requests()).filter((r) => r.method === 'DELETE');
  expect(deletes.map((r) => r.path)).toEqual([expect.stringContaining(created.id)]);
});

test('the detail page has no serious accessibility violations', async ({ page, api }) => {
  const detail = new ConnectionDetailPage(page);
  await detail.goto(await idOf(api, 'branch-hamburg-policy'));
  await expect(detail.status).toHaveText('Not connected');
  const results = await (await settledAxe(page)).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(severe).toEqual([]);
});

test('E2E PSK stays out of every page of the edit flow', async ({ page, api }) => {
  // The connection was created with a PSK through the API; the edit form must not show any key.
  const created = await api.createStaticConnection('e2e-psk-check');
  await expect.poll(async () => (await api.getConnection(created.id)).status).not.toBe('PENDING_CREATE');
  const edit = new ConnectionEditPage(page);
  await edit.goto(created.id);
  await expect(edit.psk).toHaveValue('');
  await expect(page.locator('body')).not.toContainText(E2E_PSK);
});
