import { Switch, type SwitchProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import type { BoundFieldProps } from '@/components/form-fields/field-props';

type MantineProps = Omit<SwitchProps, 'name' | 'checked' | 'defaultChecked' | 'onChange' | 'error' | 'description'>;

/** Props of an on/off switch bound to a boolean react-hook-form field. */
export interface SwitchFieldProps<T extends FieldValues, O = T> extends MantineProps, BoundFieldProps<T, O> {
  label: string;
}

/** Mantine Switch bound with useController. */
export function SwitchField<T extends FieldValues, O = T>({ name, control, hint, ...props }: SwitchFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  return (
    <Switch
      {...props}
      ref={inputRef}
      name={field.name}
      checked={field.value === true}
      onChange={(e) => field.onChange(e.currentTarget.checked)}
      onBlur={field.onBlur}
      description={hint}
      error={fieldState.error?.message}
    />
  );
}
