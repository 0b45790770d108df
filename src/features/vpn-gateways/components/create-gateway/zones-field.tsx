import { Checkbox, Group, Text } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { liveErrorProps } from '@/components/form-fields/field-props';
import type { GatewayFormValues } from '@/features/vpn-gateways/components/create-gateway/gateway-form-values';
import type { CreateVpnGateway } from '@contract/vpn-gateway-requests';

/** Props of the availability-zone choice. */
export interface ZonesFieldProps {
  control: Control<GatewayFormValues, unknown, CreateVpnGateway>;
  /** Zones offered for the chosen flavor and attachment; undefined while loading. */
  offered: string[] | undefined;
}

/** Checkboxes for the offered zones; none ticked = OTC chooses. */
export function ZonesField({ control, offered }: ZonesFieldProps) {
  const { field, fieldState } = useController({ control, name: 'availability_zone_ids' });
  const wanted = Math.min(2, offered?.length ?? 0);
  let hint = 'Loading the zones OTC offers…';
  if (offered) {
    hint =
      offered.length === 0
        ? 'No zone offers this combination of flavor and attachment.'
        : `Leave all unticked to let OTC choose, or tick ${wanted === 2 ? 'two (one per gateway node)' : 'the one offered'}.`;
  }
  return (
    <Checkbox.Group label="Availability zones" description={hint} value={field.value} onChange={field.onChange}
      error={fieldState.error?.message} errorProps={liveErrorProps}>
      <Group gap="md" mt="xs">
        {offered?.map((az) => <Checkbox key={az} value={az} label={az} onBlur={field.onBlur} />)}
        {offered && offered.length === 0 ? <Text size="sm" c="red.8">None available</Text> : null}
      </Group>
    </Checkbox.Group>
  );
}
