import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import { liveErrorProps, type BoundFieldProps } from '@/components/form-fields/field-props';

type MantineProps = Omit<PasswordInputProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'description'>;

/** Props of a masked input bound to a react-hook-form field. */
export interface PasswordFieldProps<T extends FieldValues, O = T> extends MantineProps, BoundFieldProps<T, O> {
  label: string;
}

/** Mantine PasswordInput (masked, with a labelled reveal button) bound with useController. */
export function PasswordField<T extends FieldValues, O = T>({ name, control, hint, label, ...props }: PasswordFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  return (
    <PasswordInput
      autoComplete="off"
      {...props}
      label={label}
      ref={inputRef}
      name={field.name}
      value={field.value ?? ''}
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onBlur={field.onBlur}
      description={hint}
      error={fieldState.error?.message}
      errorProps={liveErrorProps}
      visibilityToggleButtonProps={{ 'aria-label': `Show or hide ${label.toLowerCase()}` }}
    />
  );
}
