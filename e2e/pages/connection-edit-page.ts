import type { Locator, Page } from '@playwright/test';

/** The edit form (/vpn-connections/$id/edit), its review and the save result. */
export class ConnectionEditPage {
  readonly heading: Locator;
  readonly blocked: Locator;
  readonly reviewButton: Locator;
  readonly saveButton: Locator;
  readonly changes: Locator;
  readonly disruptive: Locator;
  readonly conflict: Locator;
  readonly retryButton: Locator;
  readonly result: Locator;
  readonly rereadValues: Locator;
  readonly unapplied: Locator;
  readonly psk: Locator;
  readonly pskConfirm: Locator;
  readonly pskRules: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Edit / });
    this.blocked = page.getByTestId('edit-blocked');
    this.reviewButton = page.getByRole('button', { name: 'Review changes' });
    this.saveButton = page.getByRole('button', { name: 'Save changes' });
    this.changes = page.getByRole('table', { name: 'Changes to save' });
    this.disruptive = page.getByTestId('disruptive-changes');
    this.conflict = page.getByTestId('update-conflict');
    this.retryButton = page.getByRole('button', { name: 'Try saving again' });
    this.result = page.getByTestId('save-result');
    this.rereadValues = page.getByTestId('reread-values');
    this.unapplied = page.getByTestId('unapplied-fields');
    // PasswordInput renders its own reveal button; the label is on the input.
    this.psk = page.getByLabel('New pre-shared key (optional)', { exact: true });
    this.pskConfirm = page.getByLabel('Confirm the new pre-shared key', { exact: true });
    this.pskRules = page.getByRole('list', { name: 'Pre-shared key rules' });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/vpn-connections/${id}/edit`);
  }

  subnet(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Customer subnet ${n}`, exact: true });
  }

  async addSubnet(cidr: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add customer subnet' }).click();
    const rows = this.page.getByRole('textbox', { name: /^Customer subnet \d+$/ });
    await rows.last().fill(cidr);
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** The review line of one field: its cells read "label, now, after saving, effect". */
  change(label: string): Locator {
    return this.changes.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }
}
