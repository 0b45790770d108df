import type { Locator, Page } from '@playwright/test';

// The classic connection wizard. Mantine specifics (Select comboboxes and their listbox options, Stepper,
// PasswordInput) live here and nowhere else.

export class ClassicWizard {
  readonly stepHeading: Locator;
  readonly nextButton: Locator;
  readonly createButton: Locator;
  readonly pskLiveProblem: Locator;

  constructor(readonly page: Page) {
    this.stepHeading = page.getByRole('heading', { level: 2, name: /^Step \d of 5/ });
    this.nextButton = page.getByRole('button', { name: 'Next' });
    this.createButton = page.getByRole('button', { name: 'Create connection' });
    this.pskLiveProblem = page.getByTestId('psk-live-problem');
  }

  async goto(): Promise<void> {
    await this.page.goto('/classic-vpn/connections/create');
  }

  group(legend: string): Locator {
    return this.page.getByRole('group', { name: legend });
  }

  /** A text input inside a fieldset (several have the same label, e.g. "Service name" is unique but "Name" is not). */
  textIn(legend: string, label: string): Locator {
    return this.group(legend).getByRole('textbox', { name: label, exact: true });
  }

  text(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async pick(legend: string, choice: 'existing' | 'new', option?: string | RegExp): Promise<void> {
    const group = this.group(legend);
    await group.getByRole('radio', { name: choice === 'existing' ? /^Use an existing/ : /^Create a new/ }).check();
    if (option !== undefined) {
      await group.getByRole('combobox', { name: legend }).click();
      await this.page.getByRole('option', { name: option }).click();
    }
  }

  async select(legend: string, label: string, option: string | RegExp): Promise<void> {
    await this.group(legend).getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  psk(): Locator {
    return this.page.getByLabel(/^Pre-shared key \(PSK\)/);
  }

  pskConfirm(): Locator {
    return this.page.getByLabel(/^Confirm pre-shared key/);
  }

  requestBody(key: string): Locator {
    return this.page.getByTestId(`request-body-${key}`);
  }

  async next(): Promise<void> {
    await this.nextButton.click();
  }
}
