import { Stack } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { CidrListField } from '@/components/form-fields/cidr-list-field';
import { SwitchField } from '@/components/form-fields/switch-field';
import { BgpOptions } from '@/features/vpn-connections/components/connection-wizard/bgp-options';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { PolicyRulesEditor } from '@/features/vpn-connections/components/connection-wizard/policy-rules-editor';
import { LiveStepWarnings } from '@/features/vpn-connections/components/connection-wizard/step-warnings';
import { TunnelAddressFields } from '@/features/vpn-connections/components/connection-wizard/tunnel-address-fields';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import { useChosen, type WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';

/** Step 3: customer subnets, then per style: tunnel addresses + NQA (static), + BGP options (bgp), or policy rules. */
export function NetworkingStep({ data }: { data: WizardData }) {
  const { control } = useWizardForm();
  const style = useWatch({ control, name: 'style' });
  const { gateway } = useChosen(data);
  const subnetsOptional = style !== 'static' && gateway?.attachment_type === 'er';
  const subnetsHint = subnetsOptional
    ? `${fieldHints.peer_subnets} Optional here: the gateway is attached to an enterprise router.`
    : fieldHints.peer_subnets;

  return (
    <Stack gap="lg">
      <CidrListField control={control} name="peer_subnets" label="Customer subnets" itemLabel="Customer subnet" hint={subnetsHint} max={50} />
      {style === 'policy' ? <PolicyRulesEditor /> : <TunnelAddressFields />}
      {style === 'static' ? <SwitchField control={control} name="enable_nqa" label="Link detection (NQA)" hint={fieldHints.enable_nqa} /> : null}
      {style === 'bgp' ? <BgpOptions data={data} /> : null}
      <LiveStepWarnings data={data} step="networking" />
    </Stack>
  );
}
