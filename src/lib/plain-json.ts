// Reading stored or embedded JSON without a schema library (the list's first paint runs before any has
// loaded): parse or give up quietly, and tell a plain object from everything else.

/** The parsed value, or undefined for a missing or malformed text. */
export function parseJsonText(raw: string | null | undefined): unknown {
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
