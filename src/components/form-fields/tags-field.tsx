import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { liveErrorProps, type BoundFieldProps } from '@/components/form-fields/field-props';
import { listError, rowError } from '@/components/form-fields/list-errors';

interface TagRow {
  key: string;
  value: string;
}

/** Props of a key/value tags editor bound to a `{key, value}[]` form field. */
export interface TagsFieldProps<T extends FieldValues, O = T> extends BoundFieldProps<T, O> {
  label: string;
  /** Shown in the counter. */
  max: number;
}

/** Rows of tag key and value inputs with add/remove and a counter. */
export function TagsField<T extends FieldValues, O = T>({ name, control, label, hint, max }: TagsFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  const tags: TagRow[] = Array.isArray(field.value) ? field.value : [];
  const keyInputs = useRef<(HTMLInputElement | null)[]>([]);
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current !== null) keyInputs.current[focusRow.current]?.focus();
    focusRow.current = null;
  });

  const update = (next: TagRow[], focus?: number) => {
    focusRow.current = focus ?? null;
    field.onChange(next);
  };
  const edit = (index: number, prop: keyof TagRow, text: string) =>
    update(tags.map((t, j) => (j === index ? { ...t, [prop]: text } : t)));

  return (
    <Input.Wrapper label={label} description={hint} error={listError(fieldState.error)} errorProps={liveErrorProps} labelElement="div">
      <Stack gap="xs" mt="xs">
        {tags.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tags yet.
          </Text>
        ) : null}
        {tags.map((tag, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              ref={(el) => {
                keyInputs.current[i] = el;
                if (i === 0) inputRef(el);
              }}
              flex={1}
              aria-label={`Tag ${i + 1} key`}
              placeholder="key"
              value={tag.key}
              onChange={(e) => edit(i, 'key', e.currentTarget.value)}
              onBlur={field.onBlur}
              error={rowError(fieldState.error, i, 'key')}
              errorProps={liveErrorProps}
            />
            <TextInput
              flex={1}
              aria-label={`Tag ${i + 1} value`}
              placeholder="value (may be empty)"
              value={tag.value}
              onChange={(e) => edit(i, 'value', e.currentTarget.value)}
              onBlur={field.onBlur}
              error={rowError(fieldState.error, i, 'value')}
              errorProps={liveErrorProps}
            />
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Remove tag ${i + 1}`} onClick={() => update(tags.filter((_, j) => j !== i))}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => update([...tags, { key: '', value: '' }], tags.length)}
          >
            Add tag
          </Button>
          <Text size="sm" c={tags.length > max ? 'red.8' : 'dimmed'}>
            {tags.length} of {max} tags
          </Text>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
