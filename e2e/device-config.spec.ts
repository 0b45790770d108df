import { settledAxe } from './axe.ts';
import { DeviceConfigDialog, downloadText } from './components/device-config-dialog.ts';
import { E2E_PSK, expect, test } from './fixtures.ts';

// Issue 8: the customer side of a connection for a device, and the connection as code.

test('configures a customer device from the detail page and downloads the file', async ({ page, api }) => {
  const [connection] = (await api.listConnections()).vpn_connections.filter((c) => c.style === 'BGP');
  const gateway = (await api.listGateways()).find((g) => g.id === connection!.vgw_id)!;
  const cgw = (await api.listCustomerGateways()).find((g) => g.id === connection!.cgw_id)!;
  const address = [gateway.eip1, gateway.eip2].find((e) => e?.id === connection!.vgw_ip)!.ip_address!;

  await page.goto(`/vpn-connections/${connection!.id}`);
  const device = new DeviceConfigDialog(page);
  await device.open();
  await expect(device.text).toContainText(`local_addrs = ${cgw.id_value}`);
  await expect(device.text).toContainText(`remote_addrs = ${address}`);
  await expect(device.text).toContainText('secret = "<PRE-SHARED-KEY>"');
  await expect(device.includePsk).not.toBeChecked();
  // Mantine renders the dialog's title bar as <header>; inside role=dialog it is not a second page banner.
  const axe = await (await settledAxe(page)).include('[role="dialog"]').disableRules(['landmark-no-duplicate-banner']).analyze();
  expect(axe.violations).toEqual([]);

  await device.chooseDevice('Fortinet FortiOS');
  await expect(device.text).toContainText('config vpn ipsec phase1-interface');
  const download = await device.download();
  expect(download.suggestedFilename()).toMatch(/-fortinet\.txt$/);
  const file = await downloadText(download);
  expect(file).toContain(`set remote-gw ${address}`);
  expect(file).toContain(`set remote-as ${gateway.bgp_asn}`);
  expect(file).toContain('set psksecret "<PRE-SHARED-KEY>"');

  await device.includePsk.check();
  await device.pskInput.fill(E2E_PSK);
  await expect(device.text).toContainText(`set psksecret "${E2E_PSK}"`);
  await device.close();
  await device.open();
  await expect(device.text).toContainText('<PRE-SHARED-KEY>');
});

test('exports a connection as JSON and Terraform without its key', async ({ page, api }) => {
  const [connection] = (await api.listConnections()).vpn_connections;
  await page.goto(`/vpn-connections/${connection!.id}`);

  await page.getByRole('button', { name: 'Export' }).click();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /JSON/ }).click()]);
  const body = JSON.parse(await downloadText(json)) as { vpn_connection: Record<string, unknown> };
  expect(body.vpn_connection).toMatchObject({ name: connection!.name, vgw_id: connection!.vgw_id, cgw_id: connection!.cgw_id, style: connection!.style.toLowerCase() });
  expect(body.vpn_connection).not.toHaveProperty('psk');

  await page.getByRole('button', { name: 'Export' }).click();
  const [tf] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Terraform/ }).click()]);
  const hcl = await downloadText(tf);
  expect(hcl).toContain('resource "opentelekomcloud_enterprise_vpn_connection_v5"');
  expect(hcl).toMatch(/psk\s+= var\.psk_/);
});

test('clones an exported connection to a new site through Import JSON', async ({ page, api }) => {
  const [connection] = (await api.listConnections()).vpn_connections.filter((c) => c.style === 'POLICY');
  const gateway = (await api.listGateways()).find((g) => g.id === connection!.vgw_id)!;
  await page.goto(`/vpn-connections/${connection!.id}`);
  await page.getByRole('button', { name: 'Export' }).click();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /JSON/ }).click()]);
  const exported = await downloadText(json);

  await page.goto('/vpn-connections/create');
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await page.getByRole('dialog').getByLabel('Or paste the JSON').fill(exported);
  await expect(page.getByText(/Choose the customer gateway of the new site/)).toBeVisible();
  await page.getByRole('button', { name: 'Open in the wizard' }).click();
  await expect(page).toHaveURL(/style=policy/);
  await expect(page).toHaveURL(/step=gateways/);
  await expect(page.getByRole('main')).toContainText(gateway.name);
});

test('exports the selected connections of the list as code', async ({ page, api }) => {
  const [a, b] = (await api.listConnections()).vpn_connections;
  await page.goto('/vpn-connections');
  await page.getByRole('checkbox', { name: `Select ${a!.name}`, exact: true }).check();
  await page.getByRole('checkbox', { name: `Select ${b!.name}`, exact: true }).check();
  await page.getByRole('button', { name: 'Export 2 selected as code' }).click();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /JSON/ }).click()]);
  const bodies = JSON.parse(await downloadText(json)) as { vpn_connection: { name: string } }[];
  expect(bodies.map((x) => x.vpn_connection.name).sort()).toEqual([a!.name, b!.name].sort());
});
