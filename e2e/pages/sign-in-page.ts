import { expect, type Locator, type Page } from '@playwright/test';

/** The sign-in page (/sign-in): IAM user or pasted token. */
export class SignInPage {
  readonly heading: Locator;
  readonly userName: Locator;
  readonly password: Locator;
  readonly domain: Locator;
  readonly project: Locator;
  readonly signInButton: Locator;
  readonly tokenMethod: Locator;
  readonly token: Locator;
  readonly useTokenButton: Locator;
  readonly error: Locator;
  readonly sessionEnded: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.userName = page.getByRole('textbox', { name: /^User name/ });
    this.password = page.getByLabel(/^Password/);
    this.domain = page.getByRole('textbox', { name: /^Account \(domain\)/ });
    this.project = page.getByRole('textbox', { name: /^Project/ });
    this.signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
    // Mantine SegmentedControl: radio inputs labelled by their segment.
    this.tokenMethod = page.getByText('Token', { exact: true });
    this.token = page.getByLabel(/^Token/).and(page.locator('input[type="password"]'));
    this.useTokenButton = page.getByRole('button', { name: 'Use this token' });
    this.error = page.getByRole('alert').filter({ hasText: 'Sign-in failed' });
    this.sessionEnded = page.getByText('Your session has ended');
  }

  async signIn(user: { userName: string; password: string; domainName: string }, project: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.userName.fill(user.userName);
    await this.password.fill(user.password);
    await this.domain.fill(user.domainName);
    await this.project.fill(project);
    await this.signInButton.click();
  }

  async signInWithToken(token: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.tokenMethod.click();
    await this.token.fill(token);
    await this.useTokenButton.click();
  }
}
