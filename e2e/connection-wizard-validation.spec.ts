import { settledAxe } from './axe.ts';
import type { Page } from '@playwright/test';
import { fixturePsk } from '../contract/__fixtures__/vpn-connection.ts';
import { ConnectionWizard, type StyleLabel } from './components/connection-wizard.ts';
import { expect, test } from './fixtures.ts';

// Invalid input shows the contract's words at the field and keeps the wizard on its step; axe on every step.

async function toNetworking(wizard: ConnectionWizard, style: StyleLabel) {
  await wizard.goto();
  await wizard.chooseStyle(style);
  await wizard.next();
  await wizard.chooseGateway('vpngw-fra-core');
  await wizard.chooseAddress('EIP 1');
  await wizard.chooseCustomerGateway('spare-lte-backup');
  await wizard.next();
  await expect(wizard.heading('Networking')).toBeVisible();
}

async function toSecurity(wizard: ConnectionWizard) {
  await toNetworking(wizard, 'Static routing');
  await wizard.fillSubnets(['192.168.44.0/24']);
  await wizard.next();
  await expect(wizard.heading('Security')).toBeVisible();
}

/** The hint is on screen, and Next leaves the wizard where it is. */
async function expectBlocked(page: Page, wizard: ConnectionWizard, step: string, message: string | RegExp) {
  await expect(wizard.message(message)).toBeVisible();
  await wizard.next();
  await expect(wizard.heading(step)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`step=${step.toLowerCase()}`));
  await expect(wizard.message(message)).toBeVisible();
  await expect(wizard.liveRegion).toContainText('to fix before you continue');
}

test('a reserved customer subnet is named with what to use instead', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await toNetworking(wizard, 'Static routing');
  await wizard.subnet(1).fill('100.64.1.0/24');
  await wizard.subnet(1).blur();
  await expectBlocked(page, wizard, 'Networking', '100.64.1.0/24 overlaps 100.64.0.0/10, which OTC reserves; use a subnet outside 100.64.0.0/10 and 214.0.0.0/8');
});

test('a 169.254.195.x tunnel address is refused', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await toNetworking(wizard, 'BGP routing');
  await wizard.fillSubnets(['192.168.44.0/24']);
  await wizard.manualTunnel('169.254.195.1/30');
  await wizard.textbox(/^Local tunnel address/).blur();
  await expectBlocked(page, wizard, 'Networking', '169.254.195.0/24 is reserved: pick another 169.254.x.x/30');
});

test('tunnel addresses in different /30 blocks are refused on the customer address', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await toNetworking(wizard, 'Static routing');
  await wizard.fillSubnets(['192.168.44.0/24']);
  await wizard.manualTunnel('169.254.1.1/30', '169.254.2.2/30');
  await wizard.textbox(/^Customer tunnel address/).blur();
  await expectBlocked(page, wizard, 'Networking', 'The customer tunnel address must be in the same /30 as the local one (169.254.1.0/30), e.g. 169.254.1.2/30');
});

test('a sixth policy rule is refused with the count', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await toNetworking(wizard, 'Policy-based');
  await wizard.fillSubnets(['192.168.44.0/24']);
  for (let rule = 1; rule <= 6; rule += 1) {
    if (rule > 1) await wizard.addRule();
    await wizard.ruleSource(rule).fill(`10.${rule}.0.0/24`);
    await wizard.ruleDestination(rule, 1).fill('192.168.44.0/24');
  }
  await expect(page.getByText('6 of 5 rules', { exact: false })).toBeVisible();
  await expectBlocked(page, wizard, 'Networking', 'At most 5 policy rules per connection; you have 6');
});

test('a short pre-shared key is refused with its length', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await toSecurity(wizard);
  await wizard.fillPsk('Ab1!x');
  await wizard.psk.blur();
  await expect(wizard.pskChecklist.getByRole('listitem').filter({ hasText: '8 to 128 characters' })).toContainText('not met yet');
  await expectBlocked(page, wizard, 'Security', 'The pre-shared key must be 8 to 128 characters long; it has 5');
});

test('a pre-shared key with one character class is refused with what to add', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await toSecurity(wizard);
  await wizard.fillPsk('abcdefghijkl');
  await wizard.psk.blur();
  await expectBlocked(
    page,
    wizard,
    'Security',
    'The pre-shared key needs at least 3 of: uppercase, lowercase, digit, special character; add an uppercase letter or a digit or a special character',
  );
});

test('GCM with IKEv1 is refused on the cipher', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await toSecurity(wizard);
  await wizard.fillPsk(fixturePsk);
  await wizard.selectIn('IKE policy (phase 1)', 'Encryption algorithm', /^aes-256-gcm-16/);
  await wizard.radio('IKEv1').check();
  await expectBlocked(page, wizard, 'Security', 'aes-256-gcm-16 (GCM) works only with IKEv2; choose IKE version v2 or a non-GCM cipher such as aes-256');
});

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await (await settledAxe(page)).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('axe finds no serious or critical violation on any step, with and without errors', async ({ page }) => {
  // Seven full-page scans on a 2-core machine.
  test.slow();
  const wizard = new ConnectionWizard(page);
  await wizard.goto();
  await expectNoSeriousViolations(page, 'style');
  await wizard.next();
  await wizard.next();
  await expect(wizard.message('Choose a VPN gateway (vgw_id is required)')).toBeVisible();
  await expectNoSeriousViolations(page, 'gateways with errors');
  await wizard.chooseGateway('vpngw-fra-core');
  await wizard.chooseAddress('EIP 1');
  await wizard.chooseCustomerGateway('spare-lte-backup');
  await expectNoSeriousViolations(page, 'gateways');
  await wizard.next();
  await wizard.next();
  await expectNoSeriousViolations(page, 'networking with errors');
  await wizard.fillSubnets(['192.168.44.0/24']);
  await wizard.manualTunnel('169.254.1.1/30');
  await expectNoSeriousViolations(page, 'networking');
  await wizard.next();
  await expectNoSeriousViolations(page, 'security');
  await wizard.fillPsk(fixturePsk);
  await wizard.next();
  await expectNoSeriousViolations(page, 'tags');
  await wizard.next();
  await expect(wizard.heading('Review')).toBeVisible();
  await expectNoSeriousViolations(page, 'review');
});

test('axe finds no serious or critical violation on the policy and BGP networking steps', async ({ page }) => {
  test.slow();
  const wizard = new ConnectionWizard(page);
  await toNetworking(wizard, 'Policy-based');
  await expectNoSeriousViolations(page, 'policy networking');
  await wizard.back();
  await wizard.back();
  await wizard.chooseStyle('BGP routing');
  await wizard.next();
  await wizard.next();
  await expectNoSeriousViolations(page, 'bgp networking');
});
