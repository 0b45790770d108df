import { Alert, Stack, Text } from '@mantine/core';
import { bgpAsnProblem } from '@contract/connection-form';
import { SwitchField } from '@/components/form-fields/switch-field';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import { useChosen, type WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

/** BGP: branch interconnection and the check that the two ends use different ASNs. */
export function BgpOptions({ data }: { data: WizardData }) {
  const { control } = useWizardForm();
  const { gateway, customerGateway } = useChosen(data);
  const problem = gateway && customerGateway ? bgpAsnProblem(gateway, customerGateway) : null;
  return (
    <Stack gap="sm">
      {gateway && customerGateway ? (
        <Alert styles={readableAlertStyles} role="note" color={problem ? 'red' : 'green'} variant="light" title="BGP autonomous system numbers">
          <Text size="sm">
            VPN gateway {gateway.name}: ASN {gateway.bgp_asn ?? 'not set'} · customer gateway {customerGateway.name}: ASN{' '}
            {customerGateway.bgp_asn ?? 'not set'}.
          </Text>
          <Text size="sm">{problem ?? 'The two ends use different ASNs, as BGP requires.'}</Text>
        </Alert>
      ) : null}
      <SwitchField control={control} name="enable_hub" label="Branch interconnection" hint={fieldHints.enable_hub} />
    </Stack>
  );
}
