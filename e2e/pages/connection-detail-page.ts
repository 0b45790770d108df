import type { Locator, Page } from '@playwright/test';

/** One VPN connection (/vpn-connections/$id): status panel, configuration, logs, edit and delete. */
export class ConnectionDetailPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly nextStep: Locator;
  readonly lastChange: Locator;
  readonly history: Locator;
  readonly liveRegion: Locator;
  readonly editButton: Locator;
  readonly editLink: Locator;
  readonly editBlockedReason: Locator;
  readonly deleteButton: Locator;
  readonly deleteBlockedReason: Locator;
  readonly logsTab: Locator;
  readonly logLines: Locator;
  readonly logKeyword: Locator;
  readonly knownErrors: Locator;
  readonly deleteDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('region', { name: 'Status' }).getByTestId('status-badge').first();
    this.nextStep = page.getByTestId('status-next-step');
    this.lastChange = page.getByTestId('last-status-change');
    this.history = page.getByRole('list', { name: 'Status history' }).or(page.locator('[aria-label="Status history"]'));
    this.liveRegion = page.getByTestId('status-announcer');
    this.editButton = page.getByRole('button', { name: 'Edit', exact: true });
    this.editLink = page.getByRole('link', { name: 'Edit', exact: true });
    this.editBlockedReason = page.getByTestId('edit-blocked-reason');
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.deleteBlockedReason = page.getByTestId('delete-blocked-reason');
    this.logsTab = page.getByRole('tab', { name: 'Logs' });
    this.logLines = page.getByRole('table', { name: 'Connection log lines' }).getByRole('row');
    this.logKeyword = page.getByRole('searchbox', { name: 'Keyword' });
    this.knownErrors = page.getByTestId('known-log-errors');
    this.deleteDialog = page.getByRole('dialog', { name: /^Delete VPN connection/ });
  }

  async goto(id: string, query = ''): Promise<void> {
    await this.page.goto(`/vpn-connections/${id}${query}`);
  }

  /** Fills the type-the-name confirmation and deletes. */
  async confirmDelete(name: string): Promise<void> {
    await this.deleteDialog.getByRole('textbox', { name: /^Type .* to confirm$/ }).fill(name);
    await this.deleteDialog.getByRole('button', { name: 'Delete connection' }).click();
  }

  /** Picks a log time range (a segmented control: its radio inputs are hidden behind their labels). */
  async logRange(label: string): Promise<void> {
    await this.page.locator('label', { hasText: label }).click();
  }

  get confirmDeleteButton(): Locator {
    return this.deleteDialog.getByRole('button', { name: 'Delete connection' });
  }
}
