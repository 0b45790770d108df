import { z } from 'zod';

type Issue = { path: PropertyKey[]; message: string };

/**
 * A form schema that builds the request body from the form's values and checks it with the contract's
 * schema; issue paths are mapped back to the form's fields (`lifetime.value` → `lifetime`).
 */
export function bodyFormSchema<V extends object, S extends z.ZodType>(build: (values: V) => unknown, schema: S) {
  return z
    .custom<V>((v) => typeof v === 'object' && v !== null, 'The form values are missing')
    .transform((values, ctx): z.output<S> => {
      const result = schema.safeParse(build(values));
      if (result.success) return result.data;
      const issues: Issue[] = result.error.issues.map((i) => ({ path: i.path[0] === 'lifetime' ? ['lifetime'] : i.path, message: i.message }));
      for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    });
}

export const blankToUndefined = (v: string) => (v.trim() === '' ? undefined : v);

/** Only the fields of `body` that differ from `original` (compared as JSON). */
export function changedFields<T extends Record<string, unknown>>(body: T, original: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(original[k] ?? (typeof v === 'string' ? '' : undefined)))) as Partial<T>;
}
