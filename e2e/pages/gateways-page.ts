import type { Locator, Page } from '@playwright/test';

/** The VPN gateway list (/vpn-gateways). */
export class GatewaysPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly createLink: Locator;
  /** The create control when the quota is used up (a button that says why, not a link). */
  readonly createBlocked: Locator;
  readonly quota: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'VPN gateways' });
    this.table = page.getByRole('table', { name: 'VPN gateways' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('link') });
    this.createLink = page.getByRole('link', { name: 'Create VPN gateway' });
    this.createBlocked = page.getByRole('button', { name: 'Create VPN gateway' });
    this.quota = page.getByTestId('quota-vpn_gateway');
  }

  async goto(): Promise<void> {
    await this.page.goto('/vpn-gateways');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async open(name: string): Promise<void> {
    await this.table.getByRole('link', { name, exact: true }).click();
  }
}

/** The create-gateway form (/vpn-gateways/create). */
export class GatewayCreatePage {
  readonly heading: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create VPN gateway' });
    this.submit = page.getByRole('button', { name: 'Create VPN gateway' });
  }

  field(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  async fillVpcGateway(values: { name: string; vpcId: string; subnetId: string; localSubnet: string; bandwidth?: number }): Promise<void> {
    await this.field(/^Name/).fill(values.name);
    await this.field(/^VPC ID/).fill(values.vpcId);
    await this.field(/^Connect subnet ID/).fill(values.subnetId);
    await this.field('Local subnet 1').fill(values.localSubnet);
    if (values.bandwidth !== undefined) {
      await this.page.getByRole('group', { name: 'EIP 1' }).getByRole('textbox', { name: /^Bandwidth \(Mbit\/s\)/ }).fill(String(values.bandwidth));
    }
  }
}

/** One gateway (/vpn-gateways/$id). */
export class GatewayDetailPage {
  readonly status: Locator;
  readonly addresses: Locator;
  readonly connections: Locator;
  readonly deleteButton: Locator;
  readonly addConnection: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('main').getByTestId('status-badge').first();
    this.addConnection = page.getByRole('link', { name: 'Add VPN connection' });
    this.addresses = page.getByRole('table', { name: 'Gateway addresses' });
    this.connections = page.getByRole('region', { name: 'Connections using this gateway' });
    this.deleteButton = page.getByRole('button', { name: 'Delete' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
