import { TextInput, type TextInputProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import { liveErrorProps, type BoundFieldProps } from '@/components/form-fields/field-props';

type MantineProps = Omit<TextInputProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'description'>;

/** Props of a text input bound to a react-hook-form field. */
export interface TextFieldProps<T extends FieldValues, O = T> extends MantineProps, BoundFieldProps<T, O> {
  /** Visible label; every field has one. */
  label: string;
}

/** Mantine TextInput bound with useController: hint as description, live validation message as error. */
export function TextField<T extends FieldValues, O = T>({ name, control, hint, ...props }: TextFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  return (
    <TextInput
      {...props}
      ref={inputRef}
      name={field.name}
      value={field.value ?? ''}
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onBlur={field.onBlur}
      description={hint}
      error={fieldState.error?.message}
      errorProps={liveErrorProps}
    />
  );
}
