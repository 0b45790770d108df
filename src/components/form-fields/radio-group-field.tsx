import { Group, Radio, Stack, type RadioGroupProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { liveErrorProps, type BoundFieldProps } from '@/components/form-fields/field-props';

/** One choice: a label, an optional one-line description, and a reason when it cannot be picked. */
export interface RadioOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

type MantineProps = Omit<RadioGroupProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'description' | 'children'>;

/** Props of a radio group (segmented choice) bound to a react-hook-form field. */
export interface RadioGroupFieldProps<T extends FieldValues, O = T> extends MantineProps, BoundFieldProps<T, O> {
  label: string;
  options: readonly RadioOption[];
  /** @default 'vertical' */
  orientation?: 'vertical' | 'horizontal';
}

/** Mantine Radio.Group bound with useController; arrow keys move between choices. */
export function RadioGroupField<T extends FieldValues, O = T>({ name, control, hint, options, orientation = 'vertical', ...props }: RadioGroupFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  const Layout = orientation === 'vertical' ? Stack : Group;
  const error = fieldState.error?.message;
  const firstEnabled = options.find((o) => !o.disabled)?.value;
  return (
    <Radio.Group
      {...props}
      name={field.name}
      value={field.value ?? ''}
      onChange={(value) => {
        // A choice is complete when made: check it now, so a message never vanishes under the next click.
        field.onChange(value);
        field.onBlur();
      }}
      description={hint}
      error={error}
      errorProps={liveErrorProps}
    >
      <Layout gap="sm" mt="xs">
        {options.map((o) => (
          <Radio
            key={o.value}
            ref={o.value === (field.value || firstEnabled) ? inputRef : undefined}
            value={o.value}
            label={o.label}
            description={o.description}
            disabled={o.disabled}
            aria-invalid={error ? true : undefined}
            onBlur={field.onBlur}
          />
        ))}
      </Layout>
    </Radio.Group>
  );
}
