import { SimpleGrid, Stack } from '@mantine/core';
import { CLASSIC_ENCRYPTION } from '@contract/classic/classic-policies';
import type { ClassicWizardContext } from '@contract/classic/classic-wizard-schema';
import { AUTH_ALGORITHMS, PFS_GROUPS } from '@contract/crypto-policy';
import { NumberField } from '@/components/form-fields/number-field';
import { RadioGroupField } from '@/components/form-fields/radio-group-field';
import { SelectField } from '@/components/form-fields/select-field';
import { TextField } from '@/components/form-fields/text-field';
import { algorithmLabel, algorithmOption, displayName, lifetimeLabel } from '@/features/classic-vpn/components/classic-format';
import { DependencyChoice } from '@/features/classic-vpn/components/wizard/dependency-choice';
import { useClassicForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';

const auth = AUTH_ALGORITHMS.map(algorithmOption);
const encryption = CLASSIC_ENCRYPTION.map(algorithmOption);
const pfs = PFS_GROUPS.map(algorithmOption);
const LIFETIME_HINT = 'Seconds, 60–604800; the SA is renegotiated when it runs out.';

/** Step 2: the IKE (phase 1) and IPsec (phase 2) policies, each picked or created with the classic defaults. */
export function PoliciesStep({ data }: { data: ClassicWizardContext }) {
  const { control } = useClassicForm();
  return (
    <Stack gap="lg">
      <DependencyChoice
        name="ike"
        legend="IKE policy"
        noun="IKE policy"
        options={(data.ikePolicies ?? []).map((p) => ({
          value: p.id,
          label: `${displayName(p)} · IKE${p.ike_version} · ${algorithmLabel(p.auth_algorithm)} · ${algorithmLabel(p.encryption_algorithm)} · ${algorithmLabel(p.pfs)} · ${lifetimeLabel(p.lifetime)}`,
        }))}
        existingHint="Phase 1: how the two gateways authenticate each other. Your device must use the same settings."
      >
        <TextField control={control} name="ike.name" label="IKE policy name" placeholder="ike-branch" hint="Optional, 1–64 characters." />
        <RadioGroupField
          control={control}
          name="ike.ike_version"
          label="IKE version"
          orientation="horizontal"
          options={[
            { value: 'v2', label: 'IKEv2', description: 'Recommended; stays connected when idle' },
            { value: 'v1', label: 'IKEv1', description: 'Only for devices without IKEv2; main mode' },
          ]}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SelectField control={control} name="ike.auth_algorithm" label="Authentication algorithm" data={auth} />
          <SelectField control={control} name="ike.encryption_algorithm" label="Encryption algorithm" data={encryption} />
          <SelectField control={control} name="ike.pfs" label="DH group" data={pfs} hint="Key exchange group of phase 1." />
          <NumberField control={control} name="ike.lifetime" label="Lifetime (s)" hint={LIFETIME_HINT} min={60} max={604800} />
        </SimpleGrid>
      </DependencyChoice>
      <DependencyChoice
        name="ipsec"
        legend="IPsec policy"
        noun="IPsec policy"
        options={(data.ipsecPolicies ?? []).map((p) => ({
          value: p.id,
          label: `${displayName(p)} · ${algorithmLabel(p.transform_protocol)} · ${algorithmLabel(p.auth_algorithm)} · ${algorithmLabel(p.encryption_algorithm)} · PFS ${algorithmLabel(p.pfs)}`,
        }))}
        existingHint="Phase 2: how the traffic itself is protected."
      >
        <TextField control={control} name="ipsec.name" label="IPsec policy name" placeholder="ipsec-branch" hint="Optional, 1–64 characters." />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SelectField control={control} name="ipsec.auth_algorithm" label="Authentication algorithm" data={auth} />
          <SelectField control={control} name="ipsec.encryption_algorithm" label="Encryption algorithm" data={encryption} />
          <SelectField control={control} name="ipsec.pfs" label="PFS" data={pfs} hint="Disabled turns perfect forward secrecy off." />
          <SelectField
            control={control}
            name="ipsec.transform_protocol"
            label="Transfer protocol"
            data={[{ value: 'esp', label: 'ESP (encrypts; recommended)' }, { value: 'ah', label: 'AH (authenticates only)' }, { value: 'ah-esp', label: 'AH-ESP' }]}
          />
          <NumberField control={control} name="ipsec.lifetime" label="Lifetime (s)" hint={LIFETIME_HINT} min={60} max={604800} />
        </SimpleGrid>
      </DependencyChoice>
    </Stack>
  );
}
