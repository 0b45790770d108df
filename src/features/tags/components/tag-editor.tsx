import { ActionIcon, Button, Group, Modal, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { tagSchema, type Tag } from '@contract/common';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconTag, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { modalCloseButtonProps } from '@/components/alert-styles';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { tagQueries, useTagMutations, type TagResourceType } from '@/features/tags/api/tag-queries';

const MAX_TAGS = 20;

/** Props of the tag editor of one resource. */
export interface TagEditorProps {
  resourceType: TagResourceType;
  id: string;
  /** The resource's name, for the dialog title and labels. */
  name: string;
  /** Called after every change, so the page re-reads the resource. */
  onChanged?: () => void;
}

/** "Edit tags": the resource's tags through the tags API, each change applied at once. */
export function TagEditor(props: TagEditorProps) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconTag size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Edit tags
      </Button>
      <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={() => setOpened(false)} title={`Tags of ${props.name}`} size="lg">
        {opened ? <TagEditorBody {...props} /> : null}
      </Modal>
    </>
  );
}

function TagEditorBody({ resourceType, id, name, onChanged }: TagEditorProps) {
  const tags = useQuery(tagQueries.resource(resourceType, id));
  const { add, remove } = useTagMutations(resourceType, id, onChanged);
  const form = useForm<Tag>({ resolver: zodResolver(tagSchema), defaultValues: { key: '', value: '' }, mode: 'onTouched' });
  const list = tags.data ?? [];
  const typedKey = useWatch({ control: form.control, name: 'key' }).trim();
  const full = list.length >= MAX_TAGS && !list.some((t) => t.key === typedKey);
  const onAdd = form.handleSubmit((tag) => add.mutate(tag, { onSuccess: () => form.reset({ key: '', value: '' }) }));
  const failed = add.error ?? remove.error;

  return (
    <Stack gap="md">
      {tags.error ? <ApiErrorAlert error={tags.error} subject="the tags" onRetry={() => void tags.refetch()} /> : null}
      {list.length === 0 && tags.isSuccess ? <Text size="sm">{name} has no tags yet.</Text> : null}
      {list.length > 0 ? (
        <Table aria-label={`Tags of ${name}`} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Key</Table.Th>
              <Table.Th scope="col">Value</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((t) => (
              <Table.Tr key={t.key}>
                <Table.Td>{t.key}</Table.Td>
                <Table.Td>{t.value || '—'}</Table.Td>
                <Table.Td align="right">
                  <ActionIcon variant="subtle" color="red" aria-label={`Remove tag ${t.key}`} loading={remove.isPending && remove.variables === t.key} onClick={() => remove.mutate(t.key)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <form onSubmit={(e) => void onAdd(e)} noValidate aria-label="Add a tag">
        <Group align="flex-start" gap="sm">
          <TextInput label="Key" description="1–128 characters" {...form.register('key')} error={form.formState.errors.key?.message} w={220} />
          <TextInput label="Value" description="Up to 255 characters; may be empty" {...form.register('value')} error={form.formState.errors.value?.message} w={220} />
          <Button type="submit" mt={46} loading={add.isPending} disabled={full}>
            {list.some((t) => t.key === typedKey) ? 'Replace value' : 'Add tag'}
          </Button>
        </Group>
        {full ? <Text size="sm" mt="xs">{`${name} has the maximum of ${MAX_TAGS} tags; remove one to add another.`}</Text> : null}
      </form>
      {failed ? <ApiErrorAlert error={failed} subject="the tag change" /> : null}
    </Stack>
  );
}
