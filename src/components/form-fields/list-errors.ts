import type { FieldError } from 'react-hook-form';

// useController's fieldState.error for an array field is the error subtree: a message of its own (or under
// `root`, depending on which names were validated) plus one entry per invalid row.
type Subtree = FieldError & { root?: FieldError } & Record<number, unknown>;

/** The message about the list as a whole (too many, too few). */
export function listError(error: FieldError | Partial<FieldError> | undefined): string | undefined {
  const tree = error as Subtree | undefined;
  return tree?.message || tree?.root?.message || undefined;
}

/** The message of row `index`, or of one of its properties (`key` for tags). */
export function rowError(error: FieldError | undefined, index: number, prop?: string): string | undefined {
  const row = (error as Subtree | undefined)?.[index] as (FieldError & Record<string, FieldError | undefined>) | undefined;
  if (!row) return undefined;
  return prop === undefined ? row.message : row[prop]?.message;
}
