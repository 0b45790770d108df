import { Fieldset, Group, SimpleGrid } from '@mantine/core';
import { AUTH_ALGORITHMS, DH_GROUPS, DPD_MESSAGES, ENCRYPTION_ALGORITHMS, ikePolicySchema } from '@contract/crypto-policy';
import { useWatch } from 'react-hook-form';
import { NumberField } from '@/components/form-fields/number-field';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { SelectField } from '@/components/form-fields/select-field';
import { TextField } from '@/components/form-fields/text-field';
import { cryptoOptions } from '@/features/vpn-connections/components/connection-wizard/crypto-options';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import { useDependentValidation } from '@/features/vpn-connections/components/connection-wizard/use-dependent-validation';

const defaults = ikePolicySchema.parse({});
const VERSIONS = [
  { value: 'v2', label: 'IKEv2 (default)' },
  { value: 'v1', label: 'IKEv1' },
];
const MODES = [
  { value: 'main', label: 'Main (default)' },
  { value: 'aggressive', label: 'Aggressive' },
];
const VERSION_DEPENDENTS = ['ikepolicy.encryption_algorithm', 'ipsecpolicy.encryption_algorithm'] as const;
const ID_DEPENDENTS = ['ikepolicy.peer_id'] as const;

/** IKE (phase 1) policy and dead peer detection, prefilled with the documented defaults. */
export function IkePolicyFields() {
  const { control } = useWizardForm();
  const version = useWatch({ control, name: 'ikepolicy.ike_version' });
  useDependentValidation('ikepolicy.ike_version', VERSION_DEPENDENTS);
  useDependentValidation('ikepolicy.local_id', ID_DEPENDENTS);
  const h = fieldHints;

  return (
    <Fieldset legend="IKE policy (phase 1)">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <RadioGroupField control={control} name="ikepolicy.ike_version" label="IKE version" hint={h['ikepolicy.ike_version']} options={VERSIONS} orientation="horizontal" />
        {version === 'v1' ? (
          <RadioGroupField control={control} name="ikepolicy.phase1_negotiation_mode" label="Negotiation mode" hint={h['ikepolicy.phase1_negotiation_mode']} options={MODES} orientation="horizontal" />
        ) : (
          <div />
        )}
        <SelectField control={control} name="ikepolicy.authentication_algorithm" label="Authentication algorithm" hint={h['ikepolicy.authentication_algorithm']}
          data={cryptoOptions(AUTH_ALGORITHMS, { defaultValue: defaults.authentication_algorithm })} />
        <SelectField control={control} name="ikepolicy.encryption_algorithm" label="Encryption algorithm" hint={h['ikepolicy.encryption_algorithm']}
          data={cryptoOptions(ENCRYPTION_ALGORITHMS, { defaultValue: defaults.encryption_algorithm, ikeVersion: version })} />
        <SelectField control={control} name="ikepolicy.dh_group" label="DH group" hint={h['ikepolicy.dh_group']} data={cryptoOptions(DH_GROUPS, { defaultValue: defaults.dh_group })} />
        <NumberField control={control} name="ikepolicy.lifetime_seconds" label="SA lifetime (seconds)" hint={h['ikepolicy.lifetime_seconds']} min={60} max={604800} />
        <TextField control={control} name="ikepolicy.local_id" label="Local ID (optional)" hint={h['ikepolicy.local_id']} placeholder="gateway IP" />
        <TextField control={control} name="ikepolicy.peer_id" label="Peer ID (optional)" hint={h['ikepolicy.peer_id']} placeholder="customer gateway IP" />
      </SimpleGrid>
      <Fieldset legend="Dead peer detection (DPD)" variant="unstyled" mt="md">
        <Group grow align="flex-start">
          <NumberField control={control} name="ikepolicy.dpd.timeout" label="DPD timeout (seconds)" hint={h['ikepolicy.dpd.timeout']} min={2} max={60} />
          <NumberField control={control} name="ikepolicy.dpd.interval" label="DPD interval (seconds)" hint={h['ikepolicy.dpd.interval']} min={10} max={3600} />
          <SelectField control={control} name="ikepolicy.dpd.msg" label="DPD message format" hint={h['ikepolicy.dpd.msg']} data={cryptoOptions(DPD_MESSAGES, { defaultValue: defaults.dpd.msg })} />
        </Group>
      </Fieldset>
    </Fieldset>
  );
}
