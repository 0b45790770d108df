import type { Locator, Page } from '@playwright/test';

/** The customer gateway list (/customer-gateways) with its create dialog. */
export class CustomerGatewaysPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly createButton: Locator;
  readonly quota: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Customer gateways' });
    this.table = page.getByRole('table', { name: 'Customer gateways' });
    this.createButton = page.getByRole('button', { name: 'Create customer gateway' });
    this.quota = page.getByTestId('quota-customer_gateway');
    this.dialog = page.getByRole('dialog', { name: 'Create customer gateway' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/customer-gateways');
  }

  link(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  async create(values: { ip: string; name: string; asn?: number }): Promise<void> {
    await this.createButton.click();
    await this.dialog.getByRole('textbox', { name: /^Customer gateway IP address/ }).fill(values.ip);
    await this.dialog.getByRole('textbox', { name: /^Name/ }).fill(values.name);
    if (values.asn !== undefined) await this.dialog.getByRole('textbox', { name: /^BGP ASN/ }).fill(String(values.asn));
    await this.dialog.getByRole('button', { name: 'Create customer gateway' }).click();
  }
}

/** One customer gateway (/customer-gateways/$id). */
export class CustomerGatewayDetailPage {
  readonly connections: Locator;
  readonly deleteButton: Locator;

  constructor(readonly page: Page) {
    this.connections = page.getByRole('region', { name: 'Connections using this customer gateway' });
    this.deleteButton = page.getByRole('button', { name: 'Delete' });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/customer-gateways/${id}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
