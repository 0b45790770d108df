import { Stack } from '@mantine/core';
import { TagsField } from '@/components/form-fields/tags-field';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';

export const MAX_TAGS = 20;

/** Step 5: optional key/value tags. */
export function TagsStep() {
  const { control } = useWizardForm();
  return (
    <Stack gap="lg">
      <TagsField control={control} name="tags" label="Tags" hint={fieldHints.tags} max={MAX_TAGS} />
    </Stack>
  );
}
