// What Mantine's ColorSchemeScript does, without an inline script (the CSP allows none): the page is drawn in
// the admin's colour scheme from the first frame, before MantineProvider has loaded.
const STORAGE_KEY = 'mantine-color-scheme-value';

export function applyColorScheme(doc: Document, local: Storage, prefersDark: () => boolean): void {
  try {
    const stored = local.getItem(STORAGE_KEY);
    const scheme = stored === 'light' || stored === 'dark' ? stored : prefersDark() ? 'dark' : 'light';
    doc.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch {
    // Storage disabled: MantineProvider sets the scheme when it mounts.
  }
}
