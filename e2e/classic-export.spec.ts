import { settledAxe } from './axe.ts';
import { ClassicApi } from './classic-api.ts';
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
