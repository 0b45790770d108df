import type { Locator, Page } from '@playwright/test';

// The create-connection wizard (/vpn-connections/create). Every Mantine-specific selector (Select combobox and
// its options, Stepper steps, PasswordInput) lives here and nowhere else.

export type StyleLabel = 'Static routing' | 'Policy-based' | 'BGP routing';

export class ConnectionWizard {
  readonly form: Locator;
  /** The h2 that names the current step ("Step 2 of 6: Gateways"); focus lands here on Next/Back. */
  readonly stepHeading: Locator;
  /** Mantine Stepper step buttons. */
  readonly stepperSteps: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly createButton: Locator;
  readonly discardButton: Locator;
  readonly restoredNotice: Locator;
  readonly submitError: Locator;
  readonly retryButton: Locator;
  readonly requestBody: Locator;
  readonly liveRegion: Locator;
  readonly psk: Locator;
  readonly pskConfirm: Locator;
  readonly generatePskButton: Locator;
  readonly pskChecklist: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Create VPN connection' });
    this.stepHeading = page.getByRole('heading', { level: 2, name: /^Step \d of \d:/ });
    this.stepperSteps = page.locator('.mantine-Stepper-step');
    this.nextButton = page.getByRole('button', { name: 'Next' });
    this.backButton = page.getByRole('button', { name: 'Back' });
    this.createButton = page.getByRole('button', { name: 'Create connection' });
    this.discardButton = page.getByRole('button', { name: 'Discard draft', exact: true });
    this.restoredNotice = page.getByText('Your unfinished connection was restored');
    this.submitError = page.getByRole('alert').filter({ hasText: 'The connection was not created' });
    this.retryButton = page.getByRole('button', { name: 'Try again' });
    this.requestBody = page.getByTestId('request-body');
    this.liveRegion = page.getByRole('status').filter({ hasText: /./ }).last();
    // PasswordInput: a plain input labelled by the visible label; the reveal button has its own name.
    this.psk = page.getByLabel(/^Pre-shared key \(PSK\)/);
    this.pskConfirm = page.getByLabel(/^Confirm pre-shared key/);
    this.generatePskButton = page.getByRole('button', { name: 'Generate a strong key' });
    this.pskChecklist = page.getByRole('list', { name: 'Pre-shared key rules' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/vpn-connections/create${search}`);
    await this.stepHeading.waitFor();
  }

  heading(step: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: new RegExp(`^Step \\d of \\d: ${step}$`) });
  }

  /** A message shown inside the form (field hints and errors), not the screen-reader announcement. */
  message(text: string | RegExp): Locator {
    return this.form.getByText(text).first();
  }

  textbox(name: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name, exact: typeof name === 'string' });
  }

  radio(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  /** Mantine Select: the input is a combobox; options render in a listbox when it opens. */
  combobox(label: string | RegExp): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  async select(label: string | RegExp, option: string | RegExp): Promise<void> {
    await this.combobox(label).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The Select in a fieldset, e.g. the IKE policy's "Encryption algorithm" (IPsec has one with the same label). */
  async selectIn(group: string, label: string, option: string | RegExp): Promise<void> {
    await this.page.getByRole('group', { name: group }).getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  numberIn(group: string, label: string | RegExp): Locator {
    return this.page.getByRole('group', { name: group }).getByRole('textbox', { name: label });
  }

  async chooseStyle(style: StyleLabel): Promise<void> {
    await this.radio(style).check();
  }

  async chooseGateway(name: string): Promise<void> {
    await this.radio(name).check();
  }

  /** e.g. "EIP 1", "Standby EIP", "private IP 2" (the label before the address). */
  async chooseAddress(label: string): Promise<void> {
    await this.radio(new RegExp(`^${label}: `)).check();
  }

  async chooseCustomerGateway(name: string): Promise<void> {
    await this.select('Customer gateway', new RegExp(`^${name} —`));
  }

  subnet(index: number): Locator {
    return this.textbox(`Customer subnet ${index}`);
  }

  async fillSubnets(subnets: readonly string[]): Promise<void> {
    for (const [i, subnet] of subnets.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: 'Add customer subnet' }).click();
      await this.subnet(i + 1).fill(subnet);
    }
  }

  async manualTunnel(local: string, peer?: string): Promise<void> {
    await this.radio('Manual').check();
    await this.textbox(/^Local tunnel address/).fill(local);
    if (peer !== undefined) await this.textbox(/^Customer tunnel address/).fill(peer);
  }

  ruleSource(rule: number): Locator {
    return this.textbox(new RegExp(`^Rule ${rule} source`));
  }

  ruleDestination(rule: number, index: number): Locator {
    return this.textbox(`Rule ${rule} destination ${index}`);
  }

  async addRule(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add rule', exact: true }).click();
  }

  async fillPsk(psk: string, confirm = psk): Promise<void> {
    await this.psk.fill(psk);
    await this.pskConfirm.fill(confirm);
  }

  async next(): Promise<void> {
    await this.nextButton.click();
  }

  async back(): Promise<void> {
    await this.backButton.click();
  }

  async create(): Promise<void> {
    await this.createButton.click();
  }

  /** Presses Tab until `target` has focus (keyboard-only runs). */
  async tabTo(target: Locator, maxPresses = 80): Promise<void> {
    for (let i = 0; i < maxPresses; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }
}
