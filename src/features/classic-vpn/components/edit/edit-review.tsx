import { Alert, Code, Stack, Table, Text, Title } from '@mantine/core';
import type { DiffRow } from '@/features/classic-vpn/components/edit/edit-diff';

/** The changes as old → new, the warning about the device, and the exact PUT body. */
export function EditReview({ rows, json, path }: { rows: DiffRow[]; json: string; path: string }) {
  const pskOrNetwork = rows.some((r) => ['psk', 'peer_address', 'peer_id', 'local_ep_group_id', 'peer_ep_group_id'].includes(r.field));
  return (
    <Stack gap="md">
      <section aria-labelledby="edit-changes">
        <Title order={2} size="h4" id="edit-changes" mb="xs">
          Changes ({rows.length})
        </Title>
        <Table withTableBorder aria-label="Changes to the connection">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Field</Table.Th>
              <Table.Th scope="col">Now</Table.Th>
              <Table.Th scope="col">After saving</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.field} data-field={r.field}>
                <Table.Th scope="row">{r.label}</Table.Th>
                <Table.Td>{r.before}</Table.Td>
                <Table.Td fw={500}>{r.after}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      <Alert color="yellow" variant="light" title="The tunnel renegotiates">
        The connection passes through “Updating” while OTC applies the change.
        {pskOrNetwork ? ' Make the same change on your device, or the tunnel will not come back up.' : ''}
      </Alert>
      <section aria-labelledby="edit-body">
        <Title order={2} size="h4" id="edit-body" mb={4}>
          Request body
        </Title>
        <Text size="xs" c="dimmed" ff="monospace" mb="xs">
          PUT {path}
        </Text>
        <Code block tabIndex={0} aria-label="Request body JSON" data-testid="put-body">
          {json}
        </Code>
      </section>
    </Stack>
  );
}
