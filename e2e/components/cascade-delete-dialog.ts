import type { Locator, Page } from '@playwright/test';

/** The dependency-aware delete dialog (gateways and customer gateways). */
export class CascadeDeleteDialog {
  readonly root: Locator;
  readonly blockers: Locator;
  readonly results: Locator;
  readonly runButton: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page, title: string) {
    this.root = page.getByRole('dialog', { name: title });
    this.blockers = this.root.getByRole('list', { name: 'Connections in the way' }).getByRole('listitem');
    this.results = this.root.getByRole('list', { name: 'Deletion results' }).getByRole('listitem');
    this.runButton = this.root.getByRole('button', { name: /^Delete / });
    this.closeButton = this.root.getByRole('button', { name: 'Close', exact: true });
  }

  /** Types the confirmation of each step: the connection count phrase (if any), then the object's name. */
  async confirm(connections: number, name: string): Promise<void> {
    if (connections > 0) {
      const phrase = `delete ${connections} connection${connections === 1 ? '' : 's'}`;
      await this.root.getByRole('textbox', { name: /^Step 1:/ }).fill(phrase);
      await this.root.getByRole('textbox', { name: /^Step 2:/ }).fill(name);
    } else {
      await this.root.getByRole('textbox', { name: /^Delete the / }).fill(name);
    }
  }

  result(label: string): Locator {
    return this.results.filter({ hasText: label });
  }
}
