import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { gatewayAddresses } from '@contract/vpn-gateway';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { SelectField } from '@/components/form-fields/select-field';
import { TextField } from '@/components/form-fields/text-field';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import {
  addressOptions,
  customerGatewayOptions,
  gatewayOptions,
} from '@/features/vpn-connections/components/connection-wizard/gateway-options';
import { LiveStepWarnings } from '@/features/vpn-connections/components/connection-wizard/step-warnings';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import { useDependentValidation } from '@/features/vpn-connections/components/connection-wizard/use-dependent-validation';
import { useChosen, type WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

const DEPENDENTS = ['vgw_ip', 'cgw_id'] as const;

/** Step 2: VPN gateway, its address (and so the HA role), and the customer gateway. */
export function GatewaysStep({ data }: { data: WizardData }) {
  const { control, setValue, getValues } = useWizardForm();
  const [style, vgwIp] = useWatch({ control, name: ['style', 'vgw_ip'] });
  const { gateway } = useChosen(data);
  const [dialogOpen, setDialogOpen] = useState(false);
  useDependentValidation('vgw_id', DEPENDENTS);

  useEffect(() => {
    // The address must belong to the chosen gateway, and on active-standby gateways it fixes the HA role.
    if (!gateway) return;
    const address = gatewayAddresses(gateway).find((a) => a.vgwIp === vgwIp);
    if (!address && vgwIp !== '') setValue('vgw_ip', '');
    const role = address && gateway.ha_mode === 'active-standby' ? address.haRole : 'master';
    if (getValues('ha_role') !== role) setValue('ha_role', role, { shouldDirty: true });
  }, [gateway, vgwIp, setValue, getValues]);

  const { CreateCustomerGatewayDialog } = data;
  const asnHint = style === 'bgp' && gateway?.bgp_asn !== undefined ? `It must differ from the VPN gateway's ASN ${gateway.bgp_asn}.` : undefined;

  return (
    <Stack gap="lg">
      {data.gateways.length === 0 ? (
        <Alert styles={readableAlertStyles} role="note" color="yellow" title="No VPN gateways in this project">
          A connection needs a VPN gateway. Create one first, then come back: your entries are kept.
        </Alert>
      ) : (
        <RadioGroupField control={control} name="vgw_id" label="VPN gateway" hint={fieldHints.vgw_id} options={gatewayOptions(data.gateways)} withAsterisk />
      )}
      {gateway ? (
        <RadioGroupField control={control} name="vgw_ip" label="Gateway IP" hint={fieldHints.vgw_ip} options={addressOptions(gateway)} withAsterisk />
      ) : null}
      {gateway ? <TextField control={control} name="ha_role" label="HA role" hint={fieldHints.ha_role} readOnly maw={240} /> : null}
      <Stack gap={6}>
        <SelectField
          control={control}
          name="cgw_id"
          label="Customer gateway"
          hint={asnHint ? `${fieldHints.cgw_id} ${asnHint}` : fieldHints.cgw_id}
          data={customerGatewayOptions(data.customerGateways)}
          searchable
          nothingFoundMessage="No customer gateway matches; create one below"
          placeholder="Choose a customer gateway"
          withAsterisk
        />
        <Group>
          <Button variant="light" size="compact-sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialogOpen(true)}>
            Create customer gateway
          </Button>
          <Text size="sm" c="dimmed">
            Opens a dialog; the wizard keeps your entries.
          </Text>
        </Group>
      </Stack>
      <LiveStepWarnings data={data} step="gateways" />
      <CreateCustomerGatewayDialog
        opened={dialogOpen}
        onClose={() => setDialogOpen(false)}
        asnHint={asnHint}
        onCreated={(cgw) => {
          setValue('cgw_id', cgw.id, { shouldValidate: true, shouldDirty: true, shouldTouch: true });
          setDialogOpen(false);
        }}
      />
    </Stack>
  );
}
