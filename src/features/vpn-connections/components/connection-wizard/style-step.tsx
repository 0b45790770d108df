import { Stack } from '@mantine/core';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { TextField } from '@/components/form-fields/text-field';
import { fieldHints, styleChoices } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';

const options = styleChoices.map((c) => ({ value: c.value, label: c.label, description: c.useWhen }));

/** Step 1: routing style (with when to use each) and an optional name. */
export function StyleStep() {
  const { control } = useWizardForm();
  return (
    <Stack gap="lg">
      <RadioGroupField control={control} name="style" label="Routing style" hint={fieldHints.style} options={options} withAsterisk />
      <TextField control={control} name="name" label="Name" hint={fieldHints.name} placeholder="vpn-hq-frankfurt" maw={480} />
    </Stack>
  );
}
