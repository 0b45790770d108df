import { Fieldset, Group, Stack } from '@mantine/core';
import type { ConnectionFormValues } from '@contract/connection-form';
import { CidrListField } from '@/components/form-fields/cidr-list-field';
import { SelectField } from '@/components/form-fields/select-field';
import { SwitchField } from '@/components/form-fields/switch-field';
import { TextField } from '@/components/form-fields/text-field';
import { PskChangeFields } from '@/features/vpn-connections/components/connection-edit/psk-change-fields';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { IkePolicyFields } from '@/features/vpn-connections/components/connection-wizard/ike-policy-fields';
import { IpsecPolicyFields } from '@/features/vpn-connections/components/connection-wizard/ipsec-policy-fields';
import { PolicyRulesEditor } from '@/features/vpn-connections/components/connection-wizard/policy-rules-editor';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';

/** Props of the editable fields. */
export interface EditFieldsProps {
  style: ConnectionFormValues['style'];
  customerGatewayOptions: ReadonlyArray<{ value: string; label: string }>;
}

/** The documented updatable fields, with the wizard's field components and hints. */
export function EditFields({ style, customerGatewayOptions }: EditFieldsProps) {
  const { control } = useWizardForm();
  return (
    <Stack gap="md">
      <Fieldset legend="Name and customer gateway">
        <Stack gap="sm">
          <TextField control={control} name="name" label="Name" hint="1–64 characters: letters, digits, _ - ." maw={480} />
          <SelectField
            control={control}
            name="cgw_id"
            label="Customer gateway"
            hint="Moving the connection to another device rebuilds the tunnel towards it."
            data={[...customerGatewayOptions]}
            searchable
            maw={480}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend="Networking">
        <Stack gap="md">
          <CidrListField control={control} name="peer_subnets" label="Customer subnets" itemLabel="Customer subnet" hint={fieldHints.peer_subnets} max={50} />
          {style === 'policy' ? <PolicyRulesEditor /> : null}
          {style !== 'policy' ? (
            <Group align="flex-start" grow maw={640}>
              <TextField control={control} name="tunnel_local_address" label="Local tunnel address" hint={fieldHints.tunnel_local_address} />
              <TextField control={control} name="tunnel_peer_address" label="Customer tunnel address" hint={fieldHints.tunnel_peer_address} />
            </Group>
          ) : null}
          {style === 'bgp' ? <SwitchField control={control} name="enable_hub" label="Branch interconnection" hint={fieldHints.enable_hub} /> : null}
        </Stack>
      </Fieldset>
      <PskChangeFields />
      <IkePolicyFields />
      <IpsecPolicyFields />
    </Stack>
  );
}
