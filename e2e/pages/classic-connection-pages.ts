import type { Download, Locator, Page } from '@playwright/test';

/** The classic connection list (/classic-vpn). */
export class ClassicConnectionsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly createButton: Locator;
  readonly selectAll: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Classic VPN' });
    this.table = page.getByRole('table', { name: 'Classic VPN connections' });
    this.createButton = page.getByRole('link', { name: 'Create classic connection' });
    this.selectAll = this.table.getByRole('checkbox', { name: 'Select all classic connections shown' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/classic-vpn');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  status(name: string): Locator {
    return this.row(name).getByTestId('status-badge');
  }

  /** The row's selection checkbox, labelled with the connection's name. */
  selectBox(name: string): Locator {
    return this.table.getByRole('checkbox', { name: `Select ${name}`, exact: true });
  }

  /** "Export N selected as code", shown while connections are selected. */
  exportSelectedButton(count: number): Locator {
    return this.page.getByRole('button', { name: `Export ${count} selected as code`, exact: true });
  }

  /** Opens the export menu of the selection, picks a format and returns the browser's download. */
  async exportSelected(count: number, format: 'JSON' | 'Terraform'): Promise<Download> {
    await this.exportSelectedButton(count).click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('menuitem', { name: new RegExp(`^${format}`) }).click()]);
    return download;
  }
}

/** One classic connection (/classic-vpn/connections/{id}) and its edit page. */
export class ClassicConnectionPage {
  readonly status: Locator;
  readonly editButton: Locator;
  readonly reviewButton: Locator;
  readonly saveButton: Locator;
  readonly putBody: Locator;
  readonly changes: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('main').getByTestId('status-badge').first();
    this.editButton = page.getByRole('link', { name: 'Edit' });
    this.reviewButton = page.getByRole('button', { name: 'Review changes' });
    this.saveButton = page.getByRole('button', { name: 'Save changes' });
    this.putBody = page.getByTestId('put-body');
    this.changes = page.getByRole('table', { name: 'Changes to the connection' });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/classic-vpn/connections/${id}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A section of the detail page, e.g. "IKE policy: ike-e2e". */
  section(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  radio(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }
}

/** A classic management page, e.g. /classic-vpn/ike-policies. */
export class ClassicResourcePage {
  readonly dialog: Locator;

  constructor(readonly page: Page, readonly title: string) {
    this.dialog = page.getByRole('dialog');
  }

  table(): Locator {
    return this.page.getByRole('table', { name: this.title });
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async delete(noun: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${noun} ${name}` }).click();
  }
}
