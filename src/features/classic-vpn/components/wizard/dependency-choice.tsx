import { Fieldset, Stack } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { SelectField } from '@/components/form-fields/select-field';
import { useClassicForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';

export type DependencyKey = 'service' | 'ike' | 'ipsec' | 'local' | 'peer';

/** Props of a pick-or-create block. */
export interface DependencyChoiceProps {
  name: DependencyKey;
  /** The fieldset's legend, e.g. "IKE policy". */
  legend: string;
  /** The noun in the choices, e.g. "IKE policy". */
  noun: string;
  /** Existing objects to pick from; disabled ones explain why in their label. */
  options: ComboboxItem[];
  /** Guidance under the select. */
  existingHint?: ReactNode;
  /** The fields of a new object. */
  children: ReactNode;
}

/** "Use an existing …" or "Create a new …" for one dependency of the connection, with the matching fields. */
export function DependencyChoice({ name, legend, noun, options, existingHint, children }: DependencyChoiceProps) {
  const { control } = useClassicForm();
  const mode = useWatch({ control, name: `${name}.mode` });
  const none = options.length === 0;
  return (
    <Fieldset legend={legend} variant="filled" radius="md">
      <Stack gap="md">
        <RadioGroupField
          control={control}
          name={`${name}.mode`}
          label={`${legend}: pick or create`}
          orientation="horizontal"
          options={[
            { value: 'existing', label: `Use an existing ${noun}`, disabled: none, description: none ? 'None exists yet' : undefined },
            { value: 'new', label: `Create a new ${noun}` },
          ]}
        />
        {mode === 'existing' ? (
          <SelectField control={control} name={`${name}.id`} label={legend} placeholder={`Choose a ${noun}`} data={options} hint={existingHint} withAsterisk searchable />
        ) : (
          children
        )}
      </Stack>
    </Fieldset>
  );
}
