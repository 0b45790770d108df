/**
 * Alert titles default to the alert colour at shade 6, which fails WCAG AA contrast on the tinted background
 * (axe: color-contrast); the icon and border keep the colour, the title uses the body text colour.
 */
export const readableAlertStyles = { title: { color: 'var(--mantine-color-text)' } } as const;
