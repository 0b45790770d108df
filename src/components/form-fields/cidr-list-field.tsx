import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useRef, type ClipboardEvent } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { liveErrorProps, type BoundFieldProps } from '@/components/form-fields/field-props';
import { listError, rowError } from '@/components/form-fields/list-errors';
import { insertPasted, parsePastedList } from '@/components/form-fields/parse-pasted-list';

/** Props of an editable list of CIDR blocks bound to a `string[]` form field. */
export interface CidrListFieldProps<T extends FieldValues, O = T> extends BoundFieldProps<T, O> {
  label: string;
  /** Names one row for assistive tech and buttons, e.g. "Customer subnet". */
  itemLabel: string;
  /** Shown in the counter; more rows are allowed so the schema's message can say what to remove. */
  max: number;
  /** @default '192.168.44.0/24' */
  placeholder?: string;
}

/** Rows of CIDR inputs with add/remove; pasting several blocks at once fills several rows. */
export function CidrListField<T extends FieldValues, O = T>({ name, control, label, hint, itemLabel, max, placeholder = '192.168.44.0/24' }: CidrListFieldProps<T, O>) {
  const { field: { ref: inputRef, ...field }, fieldState } = useController({ name, control });
  const list: string[] = Array.isArray(field.value) ? field.value : [''];
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const focusRow = useRef<number | null>(null);
  const labelId = useId();
  const used = list.filter((v) => v.trim() !== '').length;

  useEffect(() => {
    if (focusRow.current !== null) inputs.current[focusRow.current]?.focus();
    focusRow.current = null;
  });

  const update = (next: string[], focus?: number) => {
    focusRow.current = focus ?? null;
    field.onChange(next);
  };
  const onPaste = (index: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const items = parsePastedList(e.clipboardData.getData('text'));
    if (items.length < 2) return;
    e.preventDefault();
    const next = insertPasted(list, index, items);
    update(next, index + items.length - (list[index]?.trim() ? 0 : 1));
  };

  return (
    <Input.Wrapper
      id={labelId}
      label={label}
      description={hint}
      error={listError(fieldState.error)}
      errorProps={liveErrorProps}
      labelElement="div"
    >
      <Stack gap="xs" mt="xs" role="group" aria-labelledby={`${labelId}-label`}>
        {list.map((value, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              ref={(el) => {
                inputs.current[i] = el;
                if (i === 0) inputRef(el);
              }}
              flex={1}
              aria-label={`${itemLabel} ${i + 1}`}
              placeholder={placeholder}
              value={value}
              onChange={(e) => update(list.map((v, j) => (j === i ? e.currentTarget.value : v)))}
              onBlur={field.onBlur}
              onPaste={onPaste(i)}
              error={rowError(fieldState.error, i) ?? (i === 0 && listError(fieldState.error) ? true : undefined)}
              errorProps={liveErrorProps}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
              disabled={list.length === 1}
              onClick={() => update(list.filter((_, j) => j !== i), Math.max(0, i - 1))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => update([...list, ''], list.length)}>
            Add {itemLabel.toLowerCase()}
          </Button>
          <Text size="sm" c={used > max ? 'red.8' : 'dimmed'}>
            {used} of {max} used
          </Text>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
