import type { Page } from '@playwright/test';
import { fixturePsk, validBgp, validPolicy, validStatic } from '../contract/__fixtures__/vpn-connection.ts';
import { createVpnConnectionSchema } from '../contract/vpn-connection.ts';
import { gatewayAddresses, type VpnGateway } from '../contract/vpn-gateway.ts';
import { ConnectionWizard, type StyleLabel } from './components/connection-wizard.ts';
import { expect, test, type MockApi } from './fixtures.ts';

// The seed's public active-active gateway (ASN 64512, local 10.10.0.0/16) and the customer gateway that has
// no connection yet (ASN 65099), so every seed example is acceptable to the mock as is.
const GATEWAY = 'vpngw-fra-core';
const CUSTOMER_GATEWAY = 'spare-lte-backup';
const STYLES: Record<'static' | 'policy' | 'bgp', StyleLabel> = { static: 'Static routing', policy: 'Policy-based', bgp: 'BGP routing' };

async function seeded(api: MockApi) {
  const gateway = (await api.listGateways()).find((g) => g.name === GATEWAY) as VpnGateway;
  const cgw = (await api.listCustomerGateways()).find((c) => c.name === CUSTOMER_GATEWAY);
  const address = gatewayAddresses(gateway)[0];
  if (!cgw || !address) throw new Error('The demo seed changed: fra-core or spare-lte-backup is missing');
  return { ids: { vgw_id: gateway.id, vgw_ip: address.vgwIp, cgw_id: cgw.id }, gateway };
}

/** Style and gateways steps with valid values, leaving the wizard on the networking step. */
async function throughGateways(wizard: ConnectionWizard, style: keyof typeof STYLES, name?: string) {
  await wizard.goto();
  await wizard.chooseStyle(STYLES[style]);
  if (name) await wizard.textbox(/^Name/).fill(name);
  await wizard.next();
  await wizard.chooseGateway(GATEWAY);
  await wizard.chooseAddress('EIP 1');
  await wizard.chooseCustomerGateway(CUSTOMER_GATEWAY);
  await wizard.next();
  await expect(wizard.heading('Networking')).toBeVisible();
}

// New connections go PENDING_CREATE → DOWN → ACTIVE, one transition time each. With 3 s the detail page's
// 2 s poll sees "Creating" first and then catches "Not connected" (3–6 s) before the tunnel comes up.
const VISIBLE_TRANSITION_MS = 3000;

async function createAndCheck(page: Page, wizard: ConnectionWizard, api: MockApi, expected: unknown) {
  await expect(wizard.heading('Review')).toBeVisible();
  await api.setTransition(VISIBLE_TRANSITION_MS);
  await expect(wizard.requestBody).toContainText('"psk": "********"');
  await expect(wizard.requestBody).not.toContainText(fixturePsk);
  const posted = page.waitForRequest((r) => r.method() === 'POST' && /\/vpn-connection$/.test(new URL(r.url()).pathname));
  await wizard.create();
  expect((await posted).postDataJSON()).toEqual({ vpn_connection: expected });
  await expect(page).toHaveURL(/\/vpn-connections\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Creating');
  await expect(page.getByTestId('status-badge').first()).toHaveText('Not connected', { timeout: 15_000 });
}

test('static: the seed example goes through the wizard and is posted exactly', async ({ page, api }) => {
  const { ids } = await seeded(api);
  const wizard = new ConnectionWizard(page);
  await throughGateways(wizard, 'static');
  await wizard.fillSubnets(validStatic.peer_subnets);
  await wizard.next();
  await wizard.fillPsk(fixturePsk);
  await wizard.next();
  await wizard.next();
  await createAndCheck(page, wizard, api, createVpnConnectionSchema.parse({ ...validStatic, ...ids, style: 'static' }));
});

test('policy: the seed example with its rule is posted exactly', async ({ page, api }) => {
  const { ids } = await seeded(api);
  const wizard = new ConnectionWizard(page);
  await throughGateways(wizard, 'policy');
  await wizard.fillSubnets(validPolicy.peer_subnets);
  await wizard.ruleSource(1).fill(validPolicy.policy_rules[0]!.source);
  await wizard.ruleDestination(1, 1).fill(validPolicy.policy_rules[0]!.destination[0]!);
  await wizard.next();
  await wizard.fillPsk(fixturePsk);
  await wizard.next();
  await wizard.next();
  // 192.168.0.0/24 does not cover 192.168.44.0/24: a warning, not a blocker.
  await expect(page.getByText(/No rule's destinations cover customer subnet 192\.168\.44\.0\/24/)).toBeVisible();
  await createAndCheck(page, wizard, api, createVpnConnectionSchema.parse({ ...validPolicy, ...ids }));
});

test('bgp: the seed example with manual tunnel addresses and custom policies is posted exactly', async ({ page, api }) => {
  // Eleven policy fields to set, then the detail page's status change to wait for.
  test.slow();
  const { ids } = await seeded(api);
  const wizard = new ConnectionWizard(page);
  await throughGateways(wizard, 'bgp', validBgp.name);
  await wizard.fillSubnets(validBgp.peer_subnets);
  await wizard.manualTunnel(validBgp.tunnel_local_address);
  await expect(wizard.textbox(/^Customer tunnel address/)).toHaveValue(validBgp.tunnel_peer_address);
  await expect(page.getByText(/ASN 64512 · customer gateway spare-lte-backup: ASN 65099/)).toBeVisible();
  await wizard.next();
  await wizard.fillPsk(fixturePsk);
  const ike = validBgp.ikepolicy;
  const ipsec = validBgp.ipsecpolicy;
  await wizard.selectIn('IKE policy (phase 1)', 'Authentication algorithm', new RegExp(`^${ike.authentication_algorithm}`));
  await wizard.selectIn('IKE policy (phase 1)', 'Encryption algorithm', new RegExp(`^${ike.encryption_algorithm}$`));
  await wizard.selectIn('IKE policy (phase 1)', 'DH group', new RegExp(`^${ike.dh_group}`));
  await wizard.numberIn('IKE policy (phase 1)', /^SA lifetime/).fill(String(ike.lifetime_seconds));
  await wizard.textbox(/^Local ID/).fill(ike.local_id);
  await wizard.textbox(/^Peer ID/).fill(ike.peer_id);
  await wizard.numberIn('Dead peer detection (DPD)', /^DPD timeout/).fill(String(ike.dpd.timeout));
  await wizard.numberIn('Dead peer detection (DPD)', /^DPD interval/).fill(String(ike.dpd.interval));
  await wizard.selectIn('Dead peer detection (DPD)', 'DPD message format', ike.dpd.msg);
  await wizard.selectIn('IPsec policy (phase 2)', 'Authentication algorithm', new RegExp(`^${ipsec.authentication_algorithm}`));
  await wizard.selectIn('IPsec policy (phase 2)', 'Encryption algorithm', new RegExp(`^${ipsec.encryption_algorithm}$`));
  await wizard.selectIn('IPsec policy (phase 2)', 'PFS', new RegExp(`^${ipsec.pfs}`));
  await wizard.numberIn('IPsec policy (phase 2)', /^SA lifetime/).fill(String(ipsec.lifetime_seconds));
  await wizard.next();
  await wizard.next();
  await createAndCheck(page, wizard, api, createVpnConnectionSchema.parse({ ...validBgp, ...ids }));
});

test('a server failure keeps every value and offers a retry that creates the connection', async ({ page, api }) => {
  const wizard = new ConnectionWizard(page);
  await throughGateways(wizard, 'static');
  await wizard.fillSubnets(['192.168.44.0/24', '192.168.45.0/24']);
  await wizard.next();
  await wizard.fillPsk(fixturePsk);
  await wizard.next();
  await wizard.next();
  let failed = false;
  await page.route(
    (url) => url.pathname.endsWith('/vpn-connection'),
    async (route) => {
      if (route.request().method() !== 'POST' || failed) return route.fallback();
      failed = true;
      return route.fulfill({ status: 500, json: { error_code: 'VPN.0002', error_msg: 'server error: simulated outage', request_id: 'req-e2e-500' } });
    },
  );
  await wizard.create();
  await expect(wizard.submitError).toContainText('server error: simulated outage');
  await expect(wizard.submitError).toContainText('VPN.0002');
  await expect(wizard.submitError).toContainText('req-e2e-500');
  await expect(wizard.submitError).toContainText('Every value you entered is kept');
  await expect(wizard.requestBody).toContainText('192.168.45.0/24');
  await wizard.back();
  await wizard.back();
  await expect(wizard.psk).toHaveValue(fixturePsk);
  await wizard.next();
  await wizard.next();
  await api.setTransition(VISIBLE_TRANSITION_MS);
  await wizard.retryButton.click();
  await expect(page).toHaveURL(/\/vpn-connections\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Not connected', { timeout: 15_000 });
});

test('an unfinished wizard survives a reload without the pre-shared key, and Discard clears it', async ({ page }) => {
  const wizard = new ConnectionWizard(page);
  await throughGateways(wizard, 'bgp', 'vpn-draft-test');
  await wizard.fillSubnets(['192.168.44.0/24']);
  await wizard.next();
  await wizard.fillPsk(fixturePsk);
  await page.reload();
  await expect(wizard.heading('Security')).toBeVisible();
  await expect(wizard.restoredNotice).toBeVisible();
  await expect(wizard.psk).toHaveValue('');
  await expect(wizard.pskConfirm).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  expect(stored).toContain('vpn-draft-test');
  expect(stored).not.toContain(fixturePsk);
  await wizard.back();
  await expect(wizard.subnet(1)).toHaveValue('192.168.44.0/24');
  await wizard.discardButton.click();
  await expect(wizard.heading('Style')).toBeVisible();
  await expect(wizard.textbox(/^Name/)).toHaveValue('');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))).not.toContain('vpn-draft-test');
});

test('the static wizard can be completed with the keyboard alone', async ({ page, api }) => {
  // Tab presses one by one, each checked for focus.
  test.slow();
  const wizard = new ConnectionWizard(page);
  const keys = page.keyboard;
  await wizard.goto();
  await wizard.tabTo(wizard.nextButton);
  await keys.press('Enter');
  await expect(wizard.heading('Gateways')).toBeFocused();
  // Arrow keys move through a radio group; the first Tab lands on its first choice.
  const gateway = wizard.radio(GATEWAY);
  await wizard.tabTo(wizard.page.getByRole('radio').first());
  for (let i = 0; i < 10 && !(await gateway.isChecked()); i += 1) await keys.press('ArrowDown');
  await expect(gateway).toBeChecked();
  await wizard.tabTo(wizard.radio(/^EIP 1: /));
  await keys.press('Space');
  await wizard.tabTo(wizard.combobox('Customer gateway'));
  await keys.type('spare');
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(wizard.combobox('Customer gateway')).toHaveValue(/^spare-lte-backup/);
  await wizard.tabTo(wizard.nextButton);
  await keys.press('Enter');
  await expect(wizard.heading('Networking')).toBeFocused();
  await wizard.tabTo(wizard.subnet(1));
  await keys.type('192.168.44.0/24');
  await keys.press('Enter');
  await expect(wizard.heading('Security')).toBeFocused();
  await wizard.tabTo(wizard.psk);
  await keys.type(fixturePsk);
  await wizard.tabTo(wizard.pskConfirm);
  await keys.type(fixturePsk);
  await keys.press('Enter');
  await expect(wizard.heading('Tags')).toBeFocused();
  await wizard.tabTo(wizard.nextButton);
  await keys.press('Enter');
  await expect(wizard.heading('Review')).toBeFocused();
  await api.setTransition(VISIBLE_TRANSITION_MS);
  await wizard.tabTo(wizard.createButton);
  await keys.press('Enter');
  await expect(page.getByTestId('status-badge').first()).toHaveText('Not connected', { timeout: 15_000 });
});
