import { SimpleGrid, Stack } from '@mantine/core';
import { DPD_ACTION_HELP, DPD_ACTIONS } from '@contract/classic/classic-common';
import type { ClassicEditValues } from '@contract/classic/classic-edit-form';
import { INITIATOR_HELP, INITIATORS } from '@contract/classic/ipsec-site-connection';
import type { Control, UseFormSetValue } from 'react-hook-form';
import type { UpdateIpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { NumberField } from '@/components/form-fields/number-field';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { SelectField } from '@/components/form-fields/select-field';
import { TextField } from '@/components/form-fields/text-field';
import { displayName } from '@/features/classic-vpn/components/classic-format';
import type { ClassicLookups } from '@/features/classic-vpn/components/classic-lookups';
import { ClassicPskField } from '@/features/classic-vpn/components/wizard/classic-psk-field';

const set = { shouldValidate: true, shouldDirty: true, shouldTouch: true } as const;

/** Props of the edit form's fields. */
export interface EditFieldsProps {
  control: Control<ClassicEditValues, unknown, UpdateIpsecSiteConnection>;
  setValue: UseFormSetValue<ClassicEditValues>;
  lookups: ClassicLookups;
}

/** The fields OTC documents as updatable; no MTU, admin state or description. */
export function EditFields({ control, setValue, lookups }: EditFieldsProps) {
  const groups = [...(lookups.groups?.values() ?? [])];
  const option = (g: (typeof groups)[number]) => ({ value: g.id, label: `${displayName(g)} · ${g.type === 'cidr' ? g.endpoints.join(', ') : `${g.endpoints.length} subnets`}` });
  return (
    <Stack gap="md" maw={760}>
      <TextField control={control} name="name" label="Connection name" hint="1–64 characters." />
      <TextField control={control} name="peer_address" label="Remote gateway address" hint="Public IPv4 address or host name of your VPN device (up to 250 characters)." />
      <TextField control={control} name="peer_id" label="Remote gateway ID" hint="The identity your device presents; usually its public IP address." />
      <ClassicPskField
        control={control}
        name="psk"
        confirmName="psk_confirm"
        label="New pre-shared key"
        hint="Leave empty to keep the current key (it is never shown). A new key must be set on your device too."
        onGenerate={(key) => {
          setValue('psk', key, set);
          setValue('psk_confirm', key, set);
        }}
      />
      <RadioGroupField control={control} name="initiator" label="Initiator" options={INITIATORS.map((v) => ({ value: v, label: v, description: INITIATOR_HELP[v] }))} />
      <RadioGroupField control={control} name="dpd.action" label="Dead peer detection (DPD): when the peer stops answering" options={DPD_ACTIONS.map((v) => ({ value: v, label: v, description: DPD_ACTION_HELP[v] }))} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField control={control} name="dpd.interval" label="DPD interval (s)" hint="How often to check the peer." min={1} />
        <NumberField control={control} name="dpd.timeout" label="DPD timeout (s)" hint="Must exceed the interval." min={1} />
      </SimpleGrid>
      <SelectField control={control} name="local_ep_group_id" label="Local endpoint group" data={groups.filter((g) => g.type === 'subnet').map(option)} hint="Subnets of the VPN service's VPC." />
      <SelectField control={control} name="peer_ep_group_id" label="Peer endpoint group" data={groups.filter((g) => g.type === 'cidr').map(option)} hint="The customer CIDR blocks; they must not overlap the local subnets." />
    </Stack>
  );
}
