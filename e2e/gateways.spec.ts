import { settledAxe } from './axe.ts';
import type { APIRequestContext, Page } from '@playwright/test';
import { v5Paths } from '../contract/api-paths.ts';
import { mockQuotasPath, type MockQuotasRequest } from '../contract/mock-quotas.ts';
import { CascadeDeleteDialog } from './components/cascade-delete-dialog.ts';
import { ConnectionWizard } from './components/connection-wizard.ts';
import { DEMO_PROJECT_ID, E2E_PSK, expect, test, type MockApi } from './fixtures.ts';
import { CustomerGatewayDetailPage, CustomerGatewaysPage } from './pages/customer-gateways-page.ts';
import { GatewayCreatePage, GatewayDetailPage, GatewaysPage } from './pages/gateways-page.ts';

// Issue 6: gateways, customer gateways, quotas and the dependency-aware delete, through the console.

const VPC_ID = '0b4e6a47-3c5d-4c6e-9f10-2a3b4c5d6e7f';
const SUBNET_ID = '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
// Long enough that the detail page's fast poll sees "Creating" before "Active".
const VISIBLE_TRANSITION_MS = 3000;

async function setQuotas(request: APIRequestContext, quotas: MockQuotasRequest): Promise<void> {
  const response = await request.post(mockQuotasPath(DEMO_PROJECT_ID), { data: quotas });
  if (!response.ok()) throw new Error(`setting quotas failed: ${response.status()} ${await response.text()}`);
}

async function customerGatewayId(api: MockApi, name: string): Promise<string> {
  const cgw = (await api.listCustomerGateways()).find((c) => c.name === name);
  if (!cgw) throw new Error(`The demo seed has no customer gateway ${name}`);
  return cgw.id;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await (await settledAxe(page)).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a new VPN gateway is created from the form and becomes Active on its own; the quota bar counts it', async ({ page, api }) => {
  const gateways = new GatewaysPage(page);
  const form = new GatewayCreatePage(page);
  const detail = new GatewayDetailPage(page);
  const before = (await api.listGateways()).length;

  await gateways.goto();
  await expect(gateways.quota).toContainText(`${before} of 50 VPN gateways used`);
  await gateways.createLink.click();
  await expect(form.heading).toBeVisible();
  await form.fillVpcGateway({ name: 'e2e-edge-gw', vpcId: VPC_ID, subnetId: SUBNET_ID, localSubnet: '10.70.0.0/16', bandwidth: 50 });
  await api.setTransition(VISIBLE_TRANSITION_MS);
  await form.submit.click();

  await expect(detail.heading('e2e-edge-gw')).toBeVisible();
  await expect(detail.status).toHaveText('Creating');
  await expect(detail.addresses).toHaveCount(0);
  // No reload: the detail page polls fast while the gateway is PENDING_CREATE.
  await expect(detail.status).toHaveText('Active', { timeout: 15_000 });
  await expect(detail.addresses.getByRole('row')).toHaveCount(3);
  await expect(detail.addresses).toContainText('50 Mbit/s');
  await expect(page.getByText('0 of 200 used · 200 available')).toBeVisible();

  await page.getByRole('link', { name: 'VPN gateways' }).first().click();
  await expect(gateways.row('e2e-edge-gw')).toBeVisible();
  await expect(gateways.quota).toContainText(`${before + 1} of 50 VPN gateways used`);
});

test('a full gateway quota disables Create and says why', async ({ page, request, api }) => {
  const used = (await api.listGateways()).length;
  await setQuotas(request, { vpn_gateway: used });
  const gateways = new GatewaysPage(page);
  await gateways.goto();
  await expect(gateways.quota).toContainText('none left');
  await expect(gateways.createBlocked).toHaveAttribute('aria-disabled', 'true');
  await expect(gateways.createBlocked).toHaveAccessibleDescription(`The project has reached its quota of ${used} VPN gateways (${used} in use). Delete one you no longer need, or ask for a higher quota.`);
  await gateways.createBlocked.hover();
  await expect(page.getByRole('tooltip')).toContainText('reached its quota');
});

test('a customer gateway created in the list dialog appears, and the quota bar follows', async ({ page, api }) => {
  const list = new CustomerGatewaysPage(page);
  const before = (await api.listCustomerGateways()).length;
  await list.goto();
  await expect(list.quota).toContainText(`${before} of 100 customer gateways used`);
  await list.create({ ip: '198.51.100.77', name: 'e2e-branch-fw', asn: 65077 });
  await expect(list.link('e2e-branch-fw')).toBeVisible();
  await expect(list.quota).toContainText(`${before + 1} of 100 customer gateways used`);
});

test('a customer gateway created inline in the wizard is selected and used by the new connection', async ({ page, api }) => {
  const wizard = new ConnectionWizard(page);
  await wizard.goto();
  await wizard.chooseStyle('Static routing');
  await wizard.next();
  await wizard.chooseGateway('vpngw-fra-core');
  await wizard.chooseAddress('EIP 1');
  await page.getByRole('button', { name: 'Create customer gateway' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create customer gateway' });
  await dialog.getByRole('textbox', { name: /^Customer gateway IP address/ }).fill('198.51.100.88');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('e2e-inline-cgw');
  await dialog.getByRole('button', { name: 'Create customer gateway' }).click();
  await expect(dialog).toBeHidden();
  await expect(wizard.combobox('Customer gateway')).toHaveValue(/^e2e-inline-cgw/);

  await wizard.next();
  await wizard.fillSubnets(['192.168.88.0/24']);
  await wizard.next();
  await wizard.fillPsk(E2E_PSK);
  await wizard.next();
  await wizard.next();
  await expect(wizard.heading('Review')).toBeVisible();
  await wizard.create();
  await expect(page).toHaveURL(/\/vpn-connections\/[0-9a-f-]{36}$/);

  const cgwId = await customerGatewayId(api, 'e2e-inline-cgw');
  const { vpn_connections: connections } = await api.listConnections();
  expect(connections.filter((c) => c.cgw_id === cgwId)).toHaveLength(1);
});

test('deleting an in-use customer gateway offers the cascade, runs it in order, and everything is gone', async ({ page, api }) => {
  const id = await customerGatewayId(api, 'partner-acme-asa');
  const detail = new CustomerGatewayDetailPage(page);
  await detail.goto(id);
  await expect(detail.heading('partner-acme-asa')).toBeVisible();
  await expect(detail.connections.getByRole('link')).toHaveText(['partner-acme-policy', 'partner-acme-standby']);

  await detail.deleteButton.click();
  const dialog = new CascadeDeleteDialog(page, 'Delete customer gateway partner-acme-asa');
  await expect(dialog.root).toContainText('2 connections use this customer gateway');
  await expect(dialog.blockers).toHaveText(['partner-acme-policy', 'partner-acme-standby']);
  await expect(dialog.runButton).toBeDisabled();
  await dialog.confirm(2, 'partner-acme-asa');
  await dialog.runButton.click();

  await expect(dialog.result('VPN connection partner-acme-policy')).toContainText('Deleted', { timeout: 15_000 });
  await expect(dialog.result('VPN connection partner-acme-standby')).toContainText('Deleted');
  await expect(dialog.result('customer gateway partner-acme-asa')).toContainText('Deleted');
  await expect(dialog.root).toContainText('customer gateway partner-acme-asa and 2 connections are deleted.');
  await dialog.closeButton.click();

  const list = new CustomerGatewaysPage(page);
  await expect(list.heading).toBeVisible();
  await expect(list.link('partner-acme-asa')).toHaveCount(0);
  expect((await api.v5('GET', v5Paths.customerGateway(DEMO_PROJECT_ID, id))).status()).toBe(404);
  const { vpn_connections: left } = await api.listConnections();
  expect(left.filter((c) => c.cgw_id === id)).toEqual([]);
});

test('Add VPN connection on a gateway opens the wizard with that gateway chosen', async ({ page }) => {
  const gateways = new GatewaysPage(page);
  await gateways.goto();
  await gateways.open('vpngw-prod-ha');
  const detail = new GatewayDetailPage(page);
  await expect(detail.addConnection).toHaveAttribute('href', /\/vpn-connections\/create\?vgw=/);
  await detail.addConnection.click();
  await expect(page).toHaveURL(/step=style/);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Gateways/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /vpngw-prod-ha/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /vpngw-fra-core/ })).not.toBeChecked();
});

test('the gateway pages and the delete dialog pass an axe scan', async ({ page }) => {
  // axe walks the whole DOM several times; give it room on a busy machine.
  test.setTimeout(90_000);
  const gateways = new GatewaysPage(page);
  await gateways.goto();
  await expect(gateways.row('vpngw-fra-core')).toBeVisible();
  await expectNoAxeViolations(page);

  await gateways.open('vpngw-fra-core');
  const detail = new GatewayDetailPage(page);
  await expect(detail.addresses).toBeVisible();
  await expect(detail.connections.getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await detail.deleteButton.click();
  const dialog = new CascadeDeleteDialog(page, 'Delete VPN gateway vpngw-fra-core');
  await expect(dialog.blockers.first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  await page.goto('/vpn-gateways/create');
  await expect(page.getByRole('checkbox', { name: 'eu-de-01' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the customer gateway pages pass an axe scan', async ({ page, api }) => {
  test.setTimeout(60_000);
  const cgwId = await customerGatewayId(api, 'hq-frankfurt-fw');
  const cgws = new CustomerGatewaysPage(page);
  await cgws.goto();
  await expect(cgws.link('hq-frankfurt-fw')).toBeVisible();
  await expectNoAxeViolations(page);

  await new CustomerGatewayDetailPage(page).goto(cgwId);
  await expect(page.getByRole('region', { name: 'Connections using this customer gateway' }).getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
