import type { Locator, Page } from '@playwright/test';

/** The VPN connection list (/vpn-connections). */
export class ConnectionsPage {
  readonly heading: Locator;
  readonly table: Locator;
  /** Data rows only (the header row has no link). */
  readonly rows: Locator;
  readonly refreshButton: Locator;
  readonly freshness: Locator;
  readonly createButton: Locator;
  readonly errorAlert: Locator;
  readonly retryButton: Locator;
  readonly emptyStateHeading: Locator;
  readonly liveRegion: Locator;
  readonly settingsNavLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'VPN connections' });
    this.table = page.getByRole('table', { name: 'VPN connections' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('link') });
    this.refreshButton = page.getByRole('button', { name: 'Refresh VPN connections' });
    this.freshness = page.getByText(/^Updated \d+ (s|min|h) ago/);
    this.createButton = page.getByRole('link', { name: 'Create VPN connection' });
    this.errorAlert = page.getByRole('main').getByRole('alert');
    this.retryButton = page.getByRole('button', { name: 'Retry loading VPN connections' });
    this.emptyStateHeading = page.getByRole('heading', { name: 'No VPN connections yet' });
    // The polite live region that announces status changes (the Updated-ago text is not live on purpose).
    this.liveRegion = page.getByTestId('status-announcer');
    this.settingsNavLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/vpn-connections');
  }

  /** Client-side navigation from anywhere in the console (keeps the page, its session and polling). */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'VPN connections' }).click();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The status badge of the row whose name link is `name`. */
  status(name: string): Locator {
    return this.row(name).getByTestId('status-badge');
  }

  async refresh(): Promise<void> {
    await this.refreshButton.click();
  }

  async retry(): Promise<void> {
    await this.retryButton.click();
  }

  async openSettings(): Promise<void> {
    await this.settingsNavLink.click();
  }
}
