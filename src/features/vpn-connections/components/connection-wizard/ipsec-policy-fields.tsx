import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { AUTH_ALGORITHMS, ENCRYPTION_ALGORITHMS, ipsecPolicySchema, PFS_GROUPS } from '@contract/crypto-policy';
import { useWatch } from 'react-hook-form';
import { NumberField } from '@/components/form-fields/number-field';
import { SelectField } from '@/components/form-fields/select-field';
import { cryptoOptions } from '@/features/vpn-connections/components/connection-wizard/crypto-options';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';

const defaults = ipsecPolicySchema.parse({});

/** IPsec (phase 2) policy, prefilled with the documented defaults. */
export function IpsecPolicyFields() {
  const { control } = useWizardForm();
  const version = useWatch({ control, name: 'ikepolicy.ike_version' });
  const h = fieldHints;
  return (
    <Fieldset legend="IPsec policy (phase 2)">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SelectField control={control} name="ipsecpolicy.authentication_algorithm" label="Authentication algorithm" hint={h['ipsecpolicy.authentication_algorithm']}
          data={cryptoOptions(AUTH_ALGORITHMS, { defaultValue: defaults.authentication_algorithm })} />
        <SelectField control={control} name="ipsecpolicy.encryption_algorithm" label="Encryption algorithm" hint={h['ipsecpolicy.encryption_algorithm']}
          data={cryptoOptions(ENCRYPTION_ALGORITHMS, { defaultValue: defaults.encryption_algorithm, ikeVersion: version })} />
        <SelectField control={control} name="ipsecpolicy.pfs" label="PFS" hint={h['ipsecpolicy.pfs']} data={cryptoOptions(PFS_GROUPS, { defaultValue: defaults.pfs })} />
        <NumberField control={control} name="ipsecpolicy.lifetime_seconds" label="SA lifetime (seconds)" hint={h['ipsecpolicy.lifetime_seconds']} min={30} max={604800} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="sm">
        Transform protocol {defaults.transform_protocol} and encapsulation mode {defaults.encapsulation_mode} are the only values OTC supports.
      </Text>
    </Fieldset>
  );
}
