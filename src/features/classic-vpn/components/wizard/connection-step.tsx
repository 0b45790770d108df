import { Alert, Button, SimpleGrid, Stack } from '@mantine/core';
import { DPD_ACTION_HELP, DPD_ACTIONS } from '@contract/classic/classic-common';
import { INITIATOR_HELP, INITIATORS } from '@contract/classic/ipsec-site-connection';
import { IconInfoCircle } from '@tabler/icons-react';
import { NumberField } from '@/components/form-fields/number-field';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { TextField } from '@/components/form-fields/text-field';
import { ClassicPskField } from '@/features/classic-vpn/components/wizard/classic-psk-field';
import { useClassicForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';

const set = { shouldValidate: true, shouldDirty: true, shouldTouch: true } as const;

/** Step 4: the remote gateway, the key, who initiates, and dead peer detection. */
export function ConnectionStep() {
  const { control, getValues, setValue } = useClassicForm();
  return (
    <Stack gap="md" maw={760}>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
        OTC fixes the MTU at 1500, keeps the connection administratively up and reserves the description for itself, so
        this wizard does not ask for them.
      </Alert>
      <TextField control={control} name="name" label="Connection name" placeholder="branch-berlin" hint="Optional, 1–64 characters." />
      <TextField control={control} name="peer_address" label="Remote gateway address" placeholder="198.51.100.20" withAsterisk hint="Public IPv4 address or host name of your VPN device (up to 250 characters)." />
      <Stack gap={4}>
        <TextField control={control} name="peer_id" label="Remote gateway ID" withAsterisk hint="The identity your device presents; usually its public IP address." />
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setValue('peer_id', getValues('peer_address'), set)}>
          Same as the remote gateway address
        </Button>
      </Stack>
      <ClassicPskField
        control={control}
        name="psk"
        confirmName="psk_confirm"
        onGenerate={(key) => {
          setValue('psk', key, set);
          setValue('psk_confirm', key, set);
        }}
      />
      <RadioGroupField control={control} name="initiator" label="Initiator" options={INITIATORS.map((v) => ({ value: v, label: v, description: INITIATOR_HELP[v] }))} />
      <RadioGroupField
        control={control}
        name="dpd.action"
        label="Dead peer detection (DPD): when the peer stops answering"
        options={DPD_ACTIONS.map((v) => ({ value: v, label: v, description: DPD_ACTION_HELP[v] }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField control={control} name="dpd.interval" label="DPD interval (s)" hint="How often to check the peer (default 30)." min={1} />
        <NumberField control={control} name="dpd.timeout" label="DPD timeout (s)" hint="Declare the peer dead after this long; must exceed the interval (default 120)." min={1} />
      </SimpleGrid>
    </Stack>
  );
}
