import { Text } from '@mantine/core';
import { createEndpointGroupSchema, updateEndpointGroupRequestSchema, type EndpointGroup } from '@contract/classic/classic-resources';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CidrListField } from '@/components/form-fields/cidr-list-field';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { TextField } from '@/components/form-fields/text-field';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { useCreateClassic, useUpdateClassic } from '@/features/classic-vpn/api/classic-mutations';
import { displayName } from '@/features/classic-vpn/components/classic-format';
import { blankToUndefined, bodyFormSchema, changedFields } from '@/features/classic-vpn/components/resources/body-form-schema';
import { FormModal } from '@/features/classic-vpn/components/resources/form-modal';
import { SubnetChecklistField } from '@/features/classic-vpn/components/wizard/subnet-checklist-field';

interface Values {
  type: 'subnet' | 'cidr';
  name: string;
  description: string;
  subnet_ids: string[];
  cidrs: string[];
}

function createSchema() {
  const build = (v: Values) => ({ type: v.type, endpoints: v.type === 'subnet' ? v.subnet_ids : v.cidrs, name: blankToUndefined(v.name), description: blankToUndefined(v.description) });
  return bodyFormSchema(build, createEndpointGroupSchema);
}

/** Create an endpoint group (VPC subnets or customer CIDRs), or rename one (type and endpoints cannot change). */
export function EndpointGroupFormModal({ editing, onClose }: { editing?: EndpointGroup; onClose: () => void }) {
  const subnets = useQuery(classicQueries.subnets()).data ?? [];
  const routers = useQuery(classicQueries.routers()).data ?? [];
  const schema = editing
    ? bodyFormSchema((v: Values) => changedFields({ name: v.name, description: v.description }, editing), updateEndpointGroupRequestSchema.shape.endpoint_group)
    : createSchema();
  const form = useForm<Values, unknown, object>({
    // Endpoint issues come back as `endpoints.N`; they are shown on the list the admin edits.
    resolver: async (values, context, options) => {
      const result = await zodResolver(schema)(values, context, options);
      const endpoints = (result.errors as Record<string, unknown>).endpoints;
      if (endpoints) return { values: {}, errors: { ...result.errors, [values.type === 'subnet' ? 'subnet_ids' : 'cidrs']: endpoints } };
      return result;
    },
    mode: 'onTouched',
    defaultValues: { type: (editing?.type as Values['type']) ?? 'cidr', name: editing?.name ?? '', description: editing?.description ?? '', subnet_ids: [], cidrs: [''] },
  });
  const type = useWatch({ control: form.control, name: 'type' });
  const create = useCreateClassic('endpointGroups');
  const update = useUpdateClassic('endpointGroups');
  const [nothing, setNothing] = useState(false);
  const mutation = editing ? update : create;
  const submit = form.handleSubmit((body) => {
    if (editing && Object.keys(body).length === 0) return setNothing(true);
    if (editing) update.mutate({ id: editing.id, changes: body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  });
  const vpcOf = (id: string) => displayName(routers.find((r) => r.id === id), id);
  return (
    <FormModal opened onClose={onClose} title={editing ? `Edit endpoint group ${displayName(editing)}` : 'Create endpoint group'} onSubmit={(e) => void submit(e)} pending={mutation.isPending} error={mutation.error} submitLabel={editing ? 'Save changes' : 'Create endpoint group'} nothingChanged={nothing}>
      <TextField control={form.control} name="name" label="Name" hint="1–64 characters." />
      <TextField control={form.control} name="description" label="Description" hint="Up to 255 characters." />
      {editing ? (
        <Text size="sm" c="dimmed">
          Type ({editing.type}) and endpoints ({editing.endpoints.length}) cannot be changed after creation; create a new group instead.
        </Text>
      ) : (
        <>
          <RadioGroupField
            control={form.control}
            name="type"
            label="Type"
            options={[
              { value: 'subnet', label: 'VPC subnets', description: 'The local side: use as a connection’s local endpoint group' },
              { value: 'cidr', label: 'Customer CIDR blocks', description: 'The peer side: use as a connection’s peer endpoint group' },
            ]}
          />
          {type === 'subnet' ? (
            <SubnetChecklistField control={form.control} name="subnet_ids" label="Subnets" subnets={subnets.map((s) => ({ ...s, name: `${s.name ?? s.id} · ${s.vpc_id ? vpcOf(s.vpc_id) : 'VPC not reported'}` }))} emptyText="This project has no subnets." hint="All from the VPC of the VPN service that will use the group." />
          ) : (
            <CidrListField control={form.control} name="cidrs" label="Customer CIDR blocks" itemLabel="Customer CIDR" max={50} />
          )}
        </>
      )}
    </FormModal>
  );
}
