import { createVpnServiceSchema, updateVpnServiceRequestSchema, type VpnService } from '@contract/classic/classic-resources';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { SelectField } from '@/components/form-fields/select-field';
import { TextField } from '@/components/form-fields/text-field';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { useCreateClassic, useUpdateClassic } from '@/features/classic-vpn/api/classic-mutations';
import { displayName } from '@/features/classic-vpn/components/classic-format';
import { blankToUndefined, bodyFormSchema, changedFields } from '@/features/classic-vpn/components/resources/body-form-schema';
import { FormModal } from '@/features/classic-vpn/components/resources/form-modal';

interface Values {
  router_id: string;
  name: string;
  description: string;
}

/** Create a VPN service on a VPC router, or rename one (OTC lets only name and description change). */
export function VpnServiceFormModal({ editing, onClose }: { editing?: VpnService; onClose: () => void }) {
  const routers = useQuery(classicQueries.routers()).data ?? [];
  const services = useQuery(classicQueries.vpnServices()).data ?? [];
  const schema = editing
    ? bodyFormSchema((v: Values) => changedFields({ name: v.name, description: v.description }, editing), updateVpnServiceRequestSchema.shape.vpnservice)
    : bodyFormSchema((v: Values) => ({ router_id: v.router_id, name: blankToUndefined(v.name), description: blankToUndefined(v.description) }), createVpnServiceSchema);
  const form = useForm<Values, unknown, object>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { router_id: editing?.router_id ?? '', name: editing?.name ?? '', description: editing?.description ?? '' },
  });
  const create = useCreateClassic('vpnServices');
  const update = useUpdateClassic('vpnServices');
  const [nothing, setNothing] = useState(false);
  const mutation = editing ? update : create;
  const submit = form.handleSubmit((body) => {
    if (editing && Object.keys(body).length === 0) return setNothing(true);
    if (editing) update.mutate({ id: editing.id, changes: body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  });
  return (
    <FormModal opened onClose={onClose} title={editing ? `Edit VPN service ${displayName(editing)}` : 'Create VPN service'} onSubmit={(e) => void submit(e)} pending={mutation.isPending} error={mutation.error} submitLabel={editing ? 'Save changes' : 'Create VPN service'} nothingChanged={nothing}>
      <SelectField
        control={form.control}
        name="router_id"
        label="VPC (router)"
        placeholder="Choose the VPC"
        disabled={editing !== undefined}
        hint={editing ? 'A VPN service stays on its VPC.' : `One service per VPC (standalone); OTC allows 2 per region (${services.length} used).`}
        data={routers.map((r) => ({ value: r.id, label: displayName(r) }))}
      />
      <TextField control={form.control} name="name" label="Name" hint="1–64 characters." />
      <TextField control={form.control} name="description" label="Description" hint="Up to 255 characters." />
    </FormModal>
  );
}
