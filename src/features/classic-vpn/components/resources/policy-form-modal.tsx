import { SimpleGrid } from '@mantine/core';
import {
  CLASSIC_ENCRYPTION,
  createIkePolicySchema,
  createIpsecPolicySchema,
  updateIkePolicyRequestSchema,
  updateIpsecPolicyRequestSchema,
  type ClassicIkePolicy,
  type ClassicIpsecPolicy,
} from '@contract/classic/classic-policies';
import { CLASSIC_IKE_DEFAULTS, CLASSIC_IPSEC_DEFAULTS } from '@contract/classic/classic-wizard-values';
import { AUTH_ALGORITHMS, PFS_GROUPS } from '@contract/crypto-policy';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { NumberField } from '@/components/form-fields/number-field';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { SelectField } from '@/components/form-fields/select-field';
import { TextField } from '@/components/form-fields/text-field';
import { useCreateClassic, useUpdateClassic } from '@/features/classic-vpn/api/classic-mutations';
import { algorithmOption } from '@/features/classic-vpn/components/classic-format';
import { blankToUndefined, bodyFormSchema, changedFields } from '@/features/classic-vpn/components/resources/body-form-schema';
import { FormModal } from '@/features/classic-vpn/components/resources/form-modal';

interface Values {
  name: string;
  description: string;
  ike_version: string;
  auth_algorithm: string;
  encryption_algorithm: string;
  pfs: string;
  transform_protocol: string;
  lifetime: number | null;
}

type Policy = ClassicIkePolicy | ClassicIpsecPolicy;

/** Props of the IKE / IPsec policy dialog. */
export interface PolicyFormModalProps {
  kind: 'ikePolicies' | 'ipsecPolicies';
  /** The policy to edit; undefined creates one. */
  editing?: Policy;
  onClose: () => void;
}

function startValues(kind: PolicyFormModalProps['kind'], p?: Policy): Values {
  const d = kind === 'ikePolicies' ? CLASSIC_IKE_DEFAULTS : { ...CLASSIC_IPSEC_DEFAULTS, ike_version: 'v2' };
  return {
    name: p?.name ?? '',
    description: p?.description ?? '',
    ike_version: p && 'ike_version' in p ? p.ike_version : d.ike_version,
    auth_algorithm: p?.auth_algorithm ?? d.auth_algorithm,
    encryption_algorithm: p?.encryption_algorithm ?? d.encryption_algorithm,
    pfs: p?.pfs ?? d.pfs,
    transform_protocol: p && 'transform_protocol' in p ? p.transform_protocol : 'esp',
    lifetime: p?.lifetime.value ?? d.lifetime,
  };
}

function schemaFor(kind: PolicyFormModalProps['kind'], editing?: Policy) {
  const ike = kind === 'ikePolicies';
  const build = (v: Values) => {
    const body = {
      name: editing ? v.name : blankToUndefined(v.name),
      description: editing ? v.description : blankToUndefined(v.description),
      ...(ike ? { ike_version: v.ike_version } : { transform_protocol: v.transform_protocol }),
      auth_algorithm: v.auth_algorithm,
      encryption_algorithm: v.encryption_algorithm,
      pfs: v.pfs,
      lifetime: { units: 'seconds', value: v.lifetime ?? Number.NaN },
    };
    return editing ? changedFields(body, editing) : body;
  };
  if (editing) return bodyFormSchema(build, ike ? updateIkePolicyRequestSchema.shape.ikepolicy : updateIpsecPolicyRequestSchema.shape.ipsecpolicy);
  return bodyFormSchema(build, ike ? createIkePolicySchema : createIpsecPolicySchema);
}

/** Create or edit an IKE or IPsec policy (the classic console's defaults; weak choices labelled). */
export function PolicyFormModal({ kind, editing, onClose }: PolicyFormModalProps) {
  const ike = kind === 'ikePolicies';
  const noun = ike ? 'IKE policy' : 'IPsec policy';
  const form = useForm<Values, unknown, object>({ resolver: zodResolver(schemaFor(kind, editing)), mode: 'onTouched', defaultValues: startValues(kind, editing) });
  const create = useCreateClassic(kind);
  const update = useUpdateClassic(kind);
  const [nothing, setNothing] = useState(false);
  const mutation = editing ? update : create;
  const submit = form.handleSubmit((body) => {
    if (editing && Object.keys(body).length === 0) return setNothing(true);
    const done = { onSuccess: onClose };
    if (editing) update.mutate({ id: editing.id, changes: body }, done);
    else create.mutate(body, done);
  });
  const { control } = form;
  return (
    <FormModal opened onClose={onClose} title={editing ? `Edit ${noun} ${editing.name || editing.id}` : `Create ${noun}`} onSubmit={(e) => void submit(e)} pending={mutation.isPending} error={mutation.error} submitLabel={editing ? 'Save changes' : `Create ${noun}`} nothingChanged={nothing}>
      <TextField control={control} name="name" label="Name" hint="1–64 characters." data-autofocus />
      <TextField control={control} name="description" label="Description" hint="Up to 255 characters." />
      {ike ? (
        <RadioGroupField control={control} name="ike_version" label="IKE version" orientation="horizontal" options={[{ value: 'v2', label: 'IKEv2' }, { value: 'v1', label: 'IKEv1 (main mode)' }]} />
      ) : (
        <SelectField control={control} name="transform_protocol" label="Transfer protocol" data={[{ value: 'esp', label: 'ESP' }, { value: 'ah', label: 'AH' }, { value: 'ah-esp', label: 'AH-ESP' }]} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SelectField control={control} name="auth_algorithm" label="Authentication algorithm" data={AUTH_ALGORITHMS.map(algorithmOption)} />
        <SelectField control={control} name="encryption_algorithm" label="Encryption algorithm" data={CLASSIC_ENCRYPTION.map(algorithmOption)} />
        <SelectField control={control} name="pfs" label={ike ? 'DH group' : 'PFS'} data={PFS_GROUPS.map(algorithmOption)} />
        <NumberField control={control} name="lifetime" label="Lifetime (s)" hint="60–604800 seconds." min={60} max={604800} />
      </SimpleGrid>
    </FormModal>
  );
}
