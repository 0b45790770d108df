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
  readonly searchBox: Locator;
  /** "Showing 1–100 of 2,345 matching …". */
  readonly summary: Locator;
  readonly pairHeaders: Locator;
  readonly deleteSelectedButton: Locator;
  readonly exportButton: Locator;
  readonly columnsButton: Locator;

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
    this.searchBox = page.getByRole('searchbox', { name: 'Search' });
    this.summary = page.getByTestId('list-summary');
    this.pairHeaders = this.table.locator('tr[data-pair-header]');
    this.deleteSelectedButton = page.getByRole('button', { name: /^Delete selected/ });
    this.exportButton = page.getByRole('button', { name: /^Export CSV/ });
    this.columnsButton = page.getByRole('button', { name: 'Columns' });
  }

  async gotoWith(query: string): Promise<void> {
    await this.page.goto(`/vpn-connections${query}`);
  }

  /** Names of the connection rows in the order shown. */
  async names(): Promise<string[]> {
    return this.rows.getByRole('link').allTextContents();
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  /** Picks options of a Mantine MultiSelect filter (Status, Style) and closes its dropdown. */
  async filter(label: 'Status' | 'Style', ...options: string[]): Promise<void> {
    const input = this.page.getByRole('combobox', { name: label, exact: true });
    await input.click();
    for (const option of options) await this.page.getByRole('option', { name: option, exact: true }).click();
    await input.press('Escape');
  }

  /** Clicks a column header's sort button (asc → desc → API order). */
  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  sortState(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column });
  }

  async select(name: string): Promise<void> {
    await this.table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  /** Opens a row's action menu and picks an item (Open details, Edit, Delete…). */
  async rowAction(name: string, action: string): Promise<void> {
    await this.table.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: new RegExp(`^${action}`) }).click();
  }

  /** The pair line above the row `name` (pairs are drawn as a header row and their members). */
  pairHeaderOf(name: string): Locator {
    return this.row(name).locator('xpath=preceding-sibling::tr[@data-pair-header][1]');
  }

  pairHealthOf(name: string): Locator {
    return this.pairHeaderOf(name).getByTestId('pair-health');
  }

  async toggleColumn(label: string): Promise<void> {
    await this.columnsButton.click();
    await this.page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: label }).click();
    await this.page.keyboard.press('Escape');
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
