import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import { liveErrorProps, type BoundFieldProps } from '@/components/form-fields/field-props';

type MantineProps = Omit<NumberInputProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'description'>;

/** Props of a whole-number input bound to a react-hook-form field. */
export interface NumberFieldProps<T extends FieldValues, O = T> extends MantineProps, BoundFieldProps<T, O> {
  label: string;
}

/** Mantine NumberInput bound with useController. An emptied input is null, so the schema says what is expected. */
export function NumberField<T extends FieldValues, O = T>({ name, control, hint, ...props }: NumberFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  return (
    <NumberInput
      allowDecimal={false}
      allowNegative={false}
      {...props}
      ref={inputRef}
      name={field.name}
      value={field.value ?? ''}
      onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
      onBlur={field.onBlur}
      description={hint}
      error={fieldState.error?.message}
      errorProps={liveErrorProps}
    />
  );
}
