import { Group, Stack, Text } from '@mantine/core';
import { proposePeerTunnelAddress } from '@contract/network';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { TextField } from '@/components/form-fields/text-field';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import { useDependentValidation } from '@/features/vpn-connections/components/connection-wizard/use-dependent-validation';

const MODES = [
  { value: 'auto', label: 'Automatic (recommended)' },
  { value: 'manual', label: 'Manual' },
];
const PEER = ['tunnel_peer_address'] as const;

/** Tunnel interface addresses: automatic, or a manual /30 pair where the local address proposes the peer. */
export function TunnelAddressFields() {
  const { control, setValue, getValues } = useWizardForm();
  const [mode, local] = useWatch({ control, name: ['tunnel_mode', 'tunnel_local_address'] });
  const proposed = useRef<string | null>(null);
  const proposal = proposePeerTunnelAddress(local);
  useDependentValidation('tunnel_local_address', PEER);

  useEffect(() => {
    // Fill the peer from the local address unless the admin typed a peer of their own.
    if (!proposal) return;
    const peer = getValues('tunnel_peer_address');
    if (peer === '' || peer === proposed.current) {
      proposed.current = proposal;
      if (peer !== proposal) setValue('tunnel_peer_address', proposal, { shouldDirty: true });
    }
  }, [proposal, getValues, setValue]);

  return (
    <Stack gap="sm">
      <RadioGroupField control={control} name="tunnel_mode" label="Tunnel interface addresses" hint={fieldHints.tunnel_mode} options={MODES} orientation="horizontal" />
      {mode === 'manual' ? (
        <Group align="flex-start" grow maw={640}>
          <TextField control={control} name="tunnel_local_address" label="Local tunnel address" hint={fieldHints.tunnel_local_address} placeholder="169.254.76.1/30" withAsterisk />
          <TextField control={control} name="tunnel_peer_address" label="Customer tunnel address" hint={fieldHints.tunnel_peer_address} placeholder="169.254.76.2/30" withAsterisk />
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          OTC assigns a free 169.254.x.x/30 pair; the detail page shows it once the connection exists.
        </Text>
      )}
    </Stack>
  );
}
