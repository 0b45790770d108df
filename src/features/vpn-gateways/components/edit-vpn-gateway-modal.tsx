import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { updateVpnGatewaySchema } from '@contract/vpn-gateway-requests';
import type { VpnGateway } from '@contract/vpn-gateway';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { modalCloseButtonProps } from '@/components/alert-styles';
import { CidrListField } from '@/components/form-fields/cidr-list-field';
import { TextField } from '@/components/form-fields/text-field';
import { apiErrorSummary } from '@/lib/api-error-message';
import { useUpdateVpnGateway, type UpdateVpnGateway } from '@/features/vpn-gateways/api/update-vpn-gateway';

interface FormValues {
  name: string;
  local_subnets: string[];
  eip_id_1: string;
  eip_id_2: string;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Sends only what changed; the contract schema then checks it with the server's words. */
function changesSchema(gateway: VpnGateway) {
  return z
    .custom<FormValues>((v) => typeof v === 'object' && v !== null)
    .transform((v): UpdateVpnGateway => {
      const subnets = v.local_subnets.map((s) => s.trim()).filter((s) => s !== '');
      return {
        ...(v.name !== gateway.name ? { name: v.name } : {}),
        ...(gateway.attachment_type !== 'er' && !sameList(subnets, gateway.local_subnets ?? []) ? { local_subnets: subnets } : {}),
        ...(v.eip_id_1.trim() ? { eip_id_1: v.eip_id_1.trim() } : {}),
        ...(v.eip_id_2.trim() ? { eip_id_2: v.eip_id_2.trim() } : {}),
      };
    })
    .pipe(updateVpnGatewaySchema.refine((c) => Object.keys(c).length > 0, { message: 'Nothing changed yet: edit a field first', path: ['name'] }));
}

function EditForm({ gateway, onDone }: { gateway: VpnGateway; onDone: () => void }) {
  const mutation = useUpdateVpnGateway(gateway.id);
  const schema = useMemo(() => changesSchema(gateway), [gateway]);
  const { control, handleSubmit } = useForm<FormValues, unknown, UpdateVpnGateway>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { name: gateway.name, local_subnets: gateway.local_subnets?.length ? gateway.local_subnets : [''], eip_id_1: '', eip_id_2: '' },
  });
  const isPublic = gateway.network_type !== 'private';
  // A refusal is shown from mutation.error; only success closes the dialog.
  const submit = handleSubmit((changes) => mutation.mutate(changes, { onSuccess: onDone }));
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <Stack gap="md">
        {mutation.error ? (
          <Alert color="red" title="The gateway was not changed" role="alert">
            {apiErrorSummary(mutation.error)}
          </Alert>
        ) : null}
        <TextField control={control} name="name" label="Name" withAsterisk data-autofocus hint="1–64 characters: letters, digits, _ - ." />
        {gateway.attachment_type !== 'er' ? (
          <CidrListField control={control} name="local_subnets" label="Local subnets" itemLabel="Local subnet" max={50} placeholder="10.1.0.0/24"
            hint="The cloud-side networks the tunnels reach. Changing them takes the gateway through Updating; they must not overlap the customer subnets of its connections." />
        ) : null}
        {isPublic ? (
          <>
            <Text size="sm" c="dimmed">
              Replace an EIP only if no connection uses it: unbind the old EIP in the EIP console first, then give the ID of the new one.
            </Text>
            <TextField control={control} name="eip_id_1" label={gateway.ha_mode === 'active-standby' ? 'New active EIP ID' : 'New EIP 1 ID'} hint="Optional; leave empty to keep the current EIP." />
            <TextField control={control} name="eip_id_2" label={gateway.ha_mode === 'active-standby' ? 'New standby EIP ID' : 'New EIP 2 ID'} hint="Optional; leave empty to keep the current EIP." />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Props of the edit dialog. */
export interface EditVpnGatewayModalProps {
  opened: boolean;
  onClose: () => void;
  gateway: VpnGateway;
}

/** Edits what OTC lets you change on a gateway: name, local subnets (VPC attachment) and EIPs. */
export function EditVpnGatewayModal({ opened, onClose, gateway }: EditVpnGatewayModalProps) {
  return (
    <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={onClose} title={`Edit VPN gateway ${gateway.name}`} size="lg">
      {opened ? <EditForm gateway={gateway} onDone={onClose} /> : null}
    </Modal>
  );
}
