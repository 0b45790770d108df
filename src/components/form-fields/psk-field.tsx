import { Button, CopyButton, Group, Stack } from '@mantine/core';
import { IconCopy, IconKey } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useFormContext, useWatch, type FieldPath, type FieldValues, type PathValue } from 'react-hook-form';
import { PasswordField } from '@/components/form-fields/password-field';
import { PskChecklist } from '@/components/form-fields/psk-checklist';
import { generatePsk } from '@/components/form-fields/psk-generator';

/** Props of the pre-shared key field pair; needs a surrounding FormProvider. */
export interface PskFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  confirmName: FieldPath<T>;
  hint?: ReactNode;
  confirmHint?: ReactNode;
}

/** PSK and its confirmation: masked with a shared reveal, a generator that fills both, and a live checklist. */
export function PskField<T extends FieldValues, O = T>({ name, confirmName, hint, confirmHint }: PskFieldProps<T>) {
  const { control, setValue } = useFormContext<T, unknown, O>();
  const psk = useWatch({ control, name }) as unknown;
  const text = typeof psk === 'string' ? psk : '';
  const [visible, setVisible] = useState(false);

  const generate = () => {
    const key = generatePsk() as PathValue<T, FieldPath<T>>;
    const opts = { shouldValidate: true, shouldDirty: true, shouldTouch: true } as const;
    setValue(name, key, opts);
    setValue(confirmName, key, opts);
    setVisible(true);
  };

  return (
    <Stack gap="xs">
      <PasswordField control={control} name={name} label="Pre-shared key (PSK)" hint={hint} visible={visible} onVisibilityChange={setVisible} withAsterisk />
      <PskChecklist psk={text} />
      <Group gap="xs">
        <Button variant="light" size="compact-sm" leftSection={<IconKey size={16} aria-hidden />} onClick={generate}>
          Generate a strong key
        </Button>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="subtle" size="compact-sm" leftSection={<IconCopy size={16} aria-hidden />} onClick={copy} disabled={text === ''}>
              {copied ? 'Copied' : 'Copy key'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <PasswordField
        control={control}
        name={confirmName}
        label="Confirm pre-shared key"
        hint={confirmHint}
        visible={visible}
        onVisibilityChange={setVisible}
        withAsterisk
      />
    </Stack>
  );
}
