import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings page (/settings): API base URL, project id and token. */
export class SettingsPage {
  readonly heading: Locator;
  readonly apiBaseInput: Locator;
  readonly projectIdInput: Locator;
  readonly tokenInput: Locator;
  readonly saveButton: Locator;
  readonly testButton: Locator;
  readonly resetButton: Locator;
  readonly savedMessage: Locator;
  readonly resetMessage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.apiBaseInput = page.getByRole('textbox', { name: 'API base URL' });
    this.projectIdInput = page.getByRole('textbox', { name: 'Project ID' });
    this.tokenInput = page.getByLabel('Token', { exact: true });
    this.saveButton = page.getByRole('button', { name: 'Save' });
    this.testButton = page.getByRole('button', { name: 'Test connection' });
    this.resetButton = page.getByRole('button', { name: 'Reset to defaults' });
    this.savedMessage = page.getByText('Settings saved. Every page now uses them.');
    this.resetMessage = page.getByText('Settings reset to the defaults of this deployment.');
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings');
  }

  /** Saves a new API base URL ('' = the server that hosts the console) and waits for the confirmation. */
  async saveApiBase(url: string): Promise<void> {
    await this.apiBaseInput.fill(url);
    await this.saveButton.click();
    await expect(this.savedMessage).toBeVisible();
  }

  async resetToDefaults(): Promise<void> {
    await this.resetButton.click();
    await expect(this.resetMessage).toBeVisible();
  }
}
