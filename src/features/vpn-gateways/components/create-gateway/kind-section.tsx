import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { TextField } from '@/components/form-fields/text-field';
import { gatewayFieldHints as hints } from '@/features/vpn-gateways/components/create-gateway/field-hints';
import { useGatewayForm } from '@/features/vpn-gateways/components/create-gateway/use-gateway-form';
import { ZonesField } from '@/features/vpn-gateways/components/create-gateway/zones-field';
import { FLAVOR_DESCRIPTIONS } from '@/features/vpn-gateways/components/gateway-format';

/** Name, network type, attachment, flavor, HA mode and zones: what kind of gateway this is. */
export function KindSection({ offeredZones }: { offeredZones: string[] | undefined }) {
  const { control, setValue, getValues } = useGatewayForm();
  const [network, attachment, flavor] = useWatch({ control, name: ['network_type', 'attachment_type', 'flavor'] });
  const basicBlocked = network === 'private' || attachment === 'er';

  useEffect(() => {
    // Basic is not offered for private or enterprise-router gateways: move to the smallest flavor that is.
    if (basicBlocked && flavor === 'Basic') setValue('flavor', 'Professional1', { shouldValidate: true });
  }, [basicBlocked, flavor, setValue]);

  useEffect(() => {
    // Zones ticked for another flavor or attachment may not be offered for this one.
    if (!offeredZones) return;
    const chosen = getValues('availability_zone_ids');
    const kept = chosen.filter((az) => offeredZones.includes(az));
    if (kept.length !== chosen.length) setValue('availability_zone_ids', kept);
  }, [offeredZones, getValues, setValue]);

  return (
    <Stack gap="lg">
      <TextField control={control} name="name" label="Name" hint={hints.name} maw={420} />
      <RadioGroupField control={control} name="network_type" label="Network type" hint={hints.network_type} orientation="horizontal"
        options={[
          { value: 'public', label: 'Public', description: 'Two EIPs on the internet' },
          { value: 'private', label: 'Private', description: 'Two private IPs in a VPC' },
        ]} />
      <RadioGroupField control={control} name="attachment_type" label="Attachment" hint={hints.attachment_type} orientation="horizontal"
        options={[
          { value: 'vpc', label: 'VPC', description: 'Routes to the local subnets you list' },
          { value: 'er', label: 'Enterprise router', description: 'The router decides the routes' },
        ]} />
      <RadioGroupField control={control} name="flavor" label="Flavor" hint={hints.flavor}
        options={[
          { value: 'Basic', label: 'Basic', disabled: basicBlocked,
            description: basicBlocked ? 'Not available for private or enterprise-router gateways.' : FLAVOR_DESCRIPTIONS.Basic },
          { value: 'Professional1', label: 'Professional1', description: FLAVOR_DESCRIPTIONS.Professional1 },
          { value: 'Professional2', label: 'Professional2', description: FLAVOR_DESCRIPTIONS.Professional2 },
        ]} />
      <RadioGroupField control={control} name="ha_mode" label="HA mode" hint={hints.ha_mode}
        options={[
          { value: 'active-active', label: 'Active-active', description: 'Both addresses carry traffic; give each customer gateway two connections, one per address.' },
          { value: 'active-standby', label: 'Active-standby', description: 'The first address carries traffic; the second takes over if it fails.' },
        ]} />
      <ZonesField control={control} offered={offeredZones} />
    </Stack>
  );
}
