/**
 * Alert title in body colour: the light yellow variant's yellow title on its tinted background fails WCAG AA
 * contrast (axe color-contrast); the tint and icon still carry the colour.
 */
export const readableAlertTitle = { title: { color: 'var(--mantine-color-text)' } } as const;

/** Mantine's modal close button has no accessible name of its own (axe button-name). */
export const modalCloseButtonProps = { 'aria-label': 'Close dialog' } as const;
