import { ActionIcon, Button, Group, Input, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { CidrListField } from '@/components/form-fields/cidr-list-field';
import { liveErrorProps } from '@/components/form-fields/field-props';
import { listError } from '@/components/form-fields/list-errors';
import { TextField } from '@/components/form-fields/text-field';
import { fieldHints } from '@/features/vpn-connections/components/connection-wizard/field-hints';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';

export const MAX_RULES = 5;
export const MAX_DESTINATIONS = 50;

/** Policy rules: 1–5 rules, each a source CIDR and 1–50 destination CIDRs, with counters. */
export function PolicyRulesEditor() {
  const { control } = useWizardForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'policy_rules' });
  const { errors } = useFormState({ control, name: 'policy_rules' });
  const rules = useWatch({ control, name: 'policy_rules' });
  const over = fields.length > MAX_RULES;

  return (
    <Input.Wrapper label="Policy rules" description={fieldHints.policy_rules} error={listError(errors.policy_rules)} errorProps={liveErrorProps} labelElement="div" withAsterisk>
      <Stack gap="sm" mt="xs">
        {fields.map((rule, i) => (
          <Paper key={rule.id} withBorder p="sm" component="section" aria-labelledby={`rule-${rule.id}`}>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5" id={`rule-${rule.id}`}>
                Rule {i + 1} of {fields.length}
              </Title>
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove rule ${i + 1}`} disabled={fields.length === 1} onClick={() => remove(i)}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <Stack gap="sm">
              <TextField control={control} name={`policy_rules.${i}.source`} label={`Rule ${i + 1} source`} hint="A cloud-side CIDR block, e.g. 10.0.0.0/24." placeholder="10.0.0.0/24" maw={320} withAsterisk />
              <CidrListField
                control={control}
                name={`policy_rules.${i}.destination`}
                label={`Rule ${i + 1} destinations`}
                itemLabel={`Rule ${i + 1} destination`}
                hint="Customer-side CIDR blocks this source reaches; paste several at once."
                max={MAX_DESTINATIONS}
                placeholder="192.168.44.0/24"
              />
            </Stack>
          </Paper>
        ))}
        <Group justify="space-between">
          <Button variant="light" size="compact-sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => append({ source: '', destination: [''] })}>
            Add rule
          </Button>
          <Text size="sm" c={over ? 'red.8' : 'dimmed'}>
            {fields.length} of {MAX_RULES} rules · {rules.reduce((n, r) => n + r.destination.filter((d) => d.trim() !== '').length, 0)} destinations
          </Text>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
