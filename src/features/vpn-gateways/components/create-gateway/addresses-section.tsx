import { FLAVOR_MAX_BANDWIDTH } from '@contract/vpn-gateway-requests';
import { Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { NumberField } from '@/components/form-fields/number-field';
import { TextField } from '@/components/form-fields/text-field';
import { gatewayFieldHints as hints } from '@/features/vpn-gateways/components/create-gateway/field-hints';
import { useGatewayForm } from '@/features/vpn-gateways/components/create-gateway/use-gateway-form';

function EipFields({ slot, legend }: { slot: 'eip1' | 'eip2'; legend: string }) {
  const { control, formState } = useGatewayForm();
  const [flavor, existing] = useWatch({ control, name: ['flavor', `${slot}.id`] });
  const slotError = formState.errors[slot]?.message;
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <TextField control={control} name={`${slot}.id`} label="Existing EIP ID" hint="Optional: bind an EIP you already have. Leave empty to create a new one." />
        {existing.trim() === '' ? (
          <>
            <NumberField control={control} name={`${slot}.bandwidth_size`} label="Bandwidth (Mbit/s)" min={1} max={1000}
              hint={`New EIP (dynamic BGP). ${flavor} allows up to ${FLAVOR_MAX_BANDWIDTH[flavor]} Mbit/s.`} />
            <TextField control={control} name={`${slot}.bandwidth_name`} label="Bandwidth name" hint="Optional; OTC names it vpngw-bandwidth-xxxx." />
          </>
        ) : null}
        {slotError ? <Text size="sm" c="red.8" role="alert">{slotError}</Text> : null}
      </Stack>
    </Fieldset>
  );
}

/** The gateway's two addresses: EIPs (public) or private IPs (private), named after the HA mode. */
export function AddressesSection() {
  const { control } = useGatewayForm();
  const [network, ha] = useWatch({ control, name: ['network_type', 'ha_mode'] });
  const standby = ha === 'active-standby';
  if (network === 'private') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField control={control} name="access_private_ip_1" label={standby ? 'Active private IP' : 'Private IP 1'} hint={hints.access_private_ip_1} />
        <TextField control={control} name="access_private_ip_2" label={standby ? 'Standby private IP' : 'Private IP 2'} hint={hints.access_private_ip_2} />
      </SimpleGrid>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <EipFields slot="eip1" legend={standby ? 'Active EIP' : 'EIP 1'} />
      <EipFields slot="eip2" legend={standby ? 'Standby EIP' : 'EIP 2'} />
    </SimpleGrid>
  );
}
