import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';

/** What every adapter takes besides its Mantine props. */
export interface BoundFieldProps<T extends FieldValues, O = T> {
  /** Field path in the form values; typed against the form, so a renamed field breaks the build. */
  name: FieldPath<T>;
  /** The form's control; optional inside a FormProvider. */
  control?: Control<T, unknown, O>;
  /** Static guidance under the label (Mantine `description`). */
  hint?: ReactNode;
}

/** Errors are inserted into a polite live region so screen readers read them as they appear. */
export const liveErrorProps = { 'aria-live': 'polite' } as const;
