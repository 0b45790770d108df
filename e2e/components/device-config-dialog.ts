import type { Download, Locator, Page } from '@playwright/test';

/** The "Configure customer device" dialog of a connection's detail page. */
export class DeviceConfigDialog {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly text: Locator;
  readonly warnings: Locator;
  readonly includePsk: Locator;
  readonly pskInput: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Configure customer device' });
    this.dialog = page.getByRole('dialog', { name: /^Configure customer device/ });
    this.text = this.dialog.getByTestId('device-config-text');
    this.warnings = this.dialog.getByRole('alert');
    this.includePsk = this.dialog.getByRole('switch', { name: /Include the pre-shared key/ });
    this.pskInput = this.dialog.getByLabel(/^Pre-shared key/);
  }

  async open(): Promise<void> {
    await this.openButton.click();
  }

  async chooseDevice(label: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: 'Device' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }

  /** Clicks Download and returns the browser's download. */
  async download(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.dialog.getByRole('button', { name: /^Download / }).click()]);
    return download;
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}

/** Reads a Playwright download as text. */
export async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
