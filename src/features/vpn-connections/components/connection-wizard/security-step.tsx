import { Stack } from '@mantine/core';
import type { ConnectionFormValues } from '@contract/connection-form';
import type { CreateVpnConnection } from '@contract/vpn-connection';
import { PskField } from '@/components/form-fields/psk-field';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { IkePolicyFields } from '@/features/vpn-connections/components/connection-wizard/ike-policy-fields';
import { IpsecPolicyFields } from '@/features/vpn-connections/components/connection-wizard/ipsec-policy-fields';
import { LiveStepWarnings } from '@/features/vpn-connections/components/connection-wizard/step-warnings';
import { useDependentValidation } from '@/features/vpn-connections/components/connection-wizard/use-dependent-validation';
import type { WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';

const CONFIRM = ['psk_confirm'] as const;

// Its own component so that typing the key re-renders only this, not the dozen policy selects.
function RecheckConfirmation() {
  useDependentValidation('psk', CONFIRM);
  return null;
}

/** Step 4: the pre-shared key, IKE and IPsec policies; weak choices are labelled and listed. */
export function SecurityStep({ data }: { data: WizardData }) {
  return (
    <Stack gap="lg">
      <RecheckConfirmation />
      <PskField<ConnectionFormValues, CreateVpnConnection> name="psk" confirmName="psk_confirm" hint={fieldHints.psk} confirmHint={fieldHints.psk_confirm} />
      <IkePolicyFields />
      <IpsecPolicyFields />
      <LiveStepWarnings data={data} step="security" title="Weak or unusual choices" />
    </Stack>
  );
}
