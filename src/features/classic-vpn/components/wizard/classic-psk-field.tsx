import { Button, Group, Stack, Text } from '@mantine/core';
import { classicPskChecklist } from '@contract/classic/classic-common';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { PasswordField } from '@/components/form-fields/password-field';
import { PskChecklist } from '@/components/form-fields/psk-checklist';
import { forbiddenPskChars, generateClassicPsk } from '@/features/classic-vpn/components/wizard/classic-psk';
import type { Control, FieldValues, Path } from 'react-hook-form';

/** Props of the classic PSK pair. */
export interface ClassicPskFieldProps<T extends FieldValues, O = T> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  confirmName: Path<T>;
  /** @default 'Pre-shared key (PSK)' */
  label?: string;
  hint?: string;
  onGenerate: (key: string) => void;
}

/** The classic PSK and its confirmation: masked, a generator, and the classic rules ticked as you type. */
export function ClassicPskField<T extends FieldValues, O = T>({ control, name, confirmName, label = 'Pre-shared key (PSK)', hint, onGenerate }: ClassicPskFieldProps<T, O>) {
  const value = useWatch({ control, name }) as unknown;
  const psk = typeof value === 'string' ? value : '';
  const [visible, setVisible] = useState(false);
  const forbidden = forbiddenPskChars(psk);
  return (
    <Stack gap="xs">
      <PasswordField control={control} name={name} label={label} hint={hint} visible={visible} onVisibilityChange={setVisible} withAsterisk={hint === undefined} />
      <PskChecklist psk={psk} items={classicPskChecklist(psk)} label="Classic pre-shared key rules" />
      <Text size="sm" c="red.8" aria-live="polite" data-testid="psk-live-problem">
        {forbidden.length > 0 ? `${forbidden.map((c) => `“${c}”`).join(' ')} cannot be used in a classic VPN key; remove it.` : ''}
      </Text>
      <Group gap="xs">
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => {
            onGenerate(generateClassicPsk());
            setVisible(true);
          }}
        >
          Generate a strong key
        </Button>
      </Group>
      <PasswordField control={control} name={confirmName} label="Confirm pre-shared key" visible={visible} onVisibilityChange={setVisible} withAsterisk={hint === undefined} />
    </Stack>
  );
}
