import { Checkbox, Stack, Text } from '@mantine/core';
import type { NeutronSubnet } from '@contract/classic/classic-resources';
import type { ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { liveErrorProps } from '@/components/form-fields/field-props';

/** Props of a subnet picker bound to a `string[]` of subnet ids. */
export interface SubnetChecklistFieldProps<T extends FieldValues, O = T> {
  name: FieldPath<T>;
  control?: Control<T, unknown, O>;
  label: string;
  hint?: ReactNode;
  /** The subnets that may be picked (the VPC's). */
  subnets: readonly NeutronSubnet[];
  /** Shown when there is nothing to pick. */
  emptyText: string;
}

/** One checkbox per subnet (name and CIDR); the error applies to the whole group. */
export function SubnetChecklistField<T extends FieldValues, O = T>({ name, control, label, hint, subnets, emptyText }: SubnetChecklistFieldProps<T, O>) {
  const { field, fieldState } = useController({ name, control });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const error = fieldState.error?.message ?? (fieldState.error as { root?: { message?: string } } | undefined)?.root?.message;
  return (
    <Checkbox.Group label={label} description={hint} value={value} onChange={field.onChange} error={error} errorProps={liveErrorProps} withAsterisk>
      <Stack gap="xs" mt="xs">
        {subnets.length === 0 ? (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        ) : (
          subnets.map((s, i) => (
            <Checkbox
              key={s.id}
              ref={i === 0 ? field.ref : undefined}
              value={s.id}
              label={`${s.name ?? s.id} (${s.cidr})`}
              onBlur={field.onBlur}
              aria-invalid={error ? true : undefined}
            />
          ))
        )}
      </Stack>
    </Checkbox.Group>
  );
}
