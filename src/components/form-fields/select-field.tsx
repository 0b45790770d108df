import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import { liveErrorProps, type BoundFieldProps } from '@/components/form-fields/field-props';

type MantineProps = Omit<SelectProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'description' | 'data'>;

/** Props of a single-choice select bound to a react-hook-form field. */
export interface SelectFieldProps<T extends FieldValues, O = T> extends MantineProps, BoundFieldProps<T, O> {
  label: string;
  /** Options; a disabled one is shown but cannot be picked. */
  data: ComboboxItem[];
}

/** Mantine Select bound with useController; a cleared value becomes '' so the schema's message applies. */
export function SelectField<T extends FieldValues, O = T>({ name, control, hint, ...props }: SelectFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  return (
    <Select
      allowDeselect={false}
      {...props}
      ref={inputRef}
      name={field.name}
      value={field.value === '' ? null : (field.value ?? null)}
      onChange={(value) => {
        // A choice is complete when made: check it now rather than on blur.
        field.onChange(value ?? '');
        field.onBlur();
      }}
      onBlur={field.onBlur}
      description={hint}
      error={fieldState.error?.message}
      errorProps={liveErrorProps}
    />
  );
}
