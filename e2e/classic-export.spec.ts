import { settledAxe } from './axe.ts';
import { ClassicApi } from './classic-api.ts';
import { ClassicWizard } from './components/classic-wizard.ts';
import { downloadText } from './components/device-config-dialog.ts';
import { DEMO_TOKEN, expect, test } from './fixtures.ts';
import { ClassicConnectionsPage } from './pages/classic-connection-pages.ts';

interface ClassicExportBody {
  ikepolicy: { name: string };
  ipsecpolicy: { name: string };
  ipsec_site_connection: { name: string; ikepolicy_id: string };
}

test('exports the selected classic connections as JSON, with their policies and without a key', async ({ page, request }) => {
  // The fixture's /__mock/reset makes the first classic call seed the tenant afresh: classic-hq and classic-lab.
  const seeded = await new ClassicApi(request, DEMO_TOKEN).connections();
  expect(seeded.map((c) => c.name).sort()).toEqual(['classic-hq', 'classic-lab']);
  const names = seeded.map((c) => c.name ?? c.id);

  const list = new ClassicConnectionsPage(page);
  await list.goto();
  for (const name of names) await list.selectBox(name).check();
  await expect(list.selectAll).toBeChecked();
  await expect(list.exportSelectedButton(2)).toBeEnabled();
  await expect(list.exportSelectedButton(2)).not.toHaveAttribute('aria-disabled', 'true');
  const axe = await (await settledAxe(page)).include('main').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const download = await list.exportSelected(2, 'JSON');
  expect(download.suggestedFilename()).toBe('ipsec-site-connections-2.json');
  const text = await downloadText(download);
  const bodies = JSON.parse(text) as ClassicExportBody[];
  expect(bodies.map((b) => b.ipsec_site_connection.name).sort()).toEqual([...names].sort());
  for (const body of bodies) {
    const connection = seeded.find((c) => c.name === body.ipsec_site_connection.name);
    expect(body.ipsec_site_connection.ikepolicy_id).toBe(connection?.ikepolicy_id);
    expect(body.ikepolicy.name).toBeTruthy();
    expect(body.ipsecpolicy.name).toBeTruthy();
  }
  expect(text).not.toMatch(/psk/i);
});

test('clears the selection from the header checkbox and hides the export', async ({ page }) => {
  const list = new ClassicConnectionsPage(page);
  await list.goto();
  await list.selectAll.check();
  await expect(list.selectBox('classic-hq')).toBeChecked();
  await expect(list.exportSelectedButton(2)).toBeVisible();
  await list.selectAll.uncheck();
  await expect(list.selectBox('classic-lab')).not.toBeChecked();
  await expect(list.exportSelectedButton(2)).toHaveCount(0);
});

test('an exported classic connection opens as a clone in the classic wizard, without the old site or a key', async ({ page }) => {
  const list = new ClassicConnectionsPage(page);
  await list.goto();
  await list.selectBox('classic-hq').check();
  const exported = await downloadText(await list.exportSelected(1, 'JSON'));

  const wizard = new ClassicWizard(page);
  await wizard.goto();
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await page.getByRole('dialog').getByLabel('Or paste the JSON').fill(exported);
  await expect(page.getByRole('dialog').getByText(/remote gateway address and peer ID/)).toBeVisible();
  await page.getByRole('button', { name: 'Open in the wizard' }).click();

  // The VPN service, policies and local group of this project are picked again; steps 1–3 are complete.
  await expect(wizard.stepHeading).toHaveText('Step 1 of 5: VPN service');
  for (const step of ['Step 2 of 5: Policies', 'Step 3 of 5: Networks', 'Step 4 of 5: Connection']) {
    await wizard.next();
    await expect(wizard.stepHeading).toHaveText(step);
  }
  await expect(wizard.text('Connection name')).toHaveValue('classic-hq-copy');
  await expect(wizard.text('Remote gateway address')).toHaveValue('');
  await expect(wizard.psk()).toHaveValue('');
});
