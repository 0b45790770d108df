import { Alert, Button, Fieldset, Group, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { PasswordField } from '@/components/form-fields/password-field';
import { PskChecklist } from '@/components/form-fields/psk-checklist';
import { generatePsk } from '@/components/form-fields/psk-generator';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';

/**
 * A new pre-shared key, optional: empty keeps the current key (which the API never returns, so it is never
 * prefilled). Typing shows the wizard's live checklist.
 */
export function PskChangeFields() {
  const { control, setValue } = useWizardForm();
  const [psk, version] = useWatch({ control, name: ['psk', 'ikepolicy.ike_version'] });
  const [visible, setVisible] = useState(false);
  const generate = () => {
    const key = generatePsk();
    const opts = { shouldValidate: true, shouldDirty: true, shouldTouch: true } as const;
    setValue('psk', key, opts);
    setValue('psk_confirm', key, opts);
    setVisible(true);
  };
  return (
    <Fieldset legend="Pre-shared key">
      <Stack gap="xs">
        <PasswordField
          control={control}
          name="psk"
          label="New pre-shared key (optional)"
          hint="Leave empty to keep the current key. The cloud never shows a key, so it cannot be prefilled."
          visible={visible}
          onVisibilityChange={setVisible}
          maw={480}
        />
        {psk !== '' ? <PskChecklist psk={psk} /> : null}
        <Group>
          <Button variant="light" size="compact-sm" leftSection={<IconKey size={16} aria-hidden />} onClick={generate}>
            Generate a strong key
          </Button>
        </Group>
        {psk !== '' ? (
          <PasswordField
            control={control}
            name="psk_confirm"
            label="Confirm the new pre-shared key"
            hint="Type the same key again."
            visible={visible}
            onVisibilityChange={setVisible}
            maw={480}
          />
        ) : null}
        {version === 'v2' ? (
          <Alert color="blue" variant="light" title="IKEv2: a new key alone does not take effect" styles={readableAlertStyles}>
            With IKEv2, OTC applies a changed pre-shared key only when the connection is re-created. Changed together with
            settings that renegotiate the tunnel it is used from then on; either way set the same key on the customer device.
          </Alert>
        ) : (
          <Alert color="blue" variant="light" title="IKEv1: the new key is used at the next negotiation" styles={readableAlertStyles}>
            Set the same key on the customer device first, or the next IKE negotiation fails.
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}
