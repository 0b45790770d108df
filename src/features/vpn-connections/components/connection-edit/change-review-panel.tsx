import { Alert, Badge, List, Stack, Table, Text } from '@mantine/core';
import type { ChangeLine, Impact } from '@/features/vpn-connections/components/connection-edit/change-review';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

const IMPACT: Record<Impact, { label: string; color: string }> = {
  none: { label: 'No interruption', color: 'green' },
  renegotiate: { label: 'Brief interruption', color: 'yellow' },
  interrupt: { label: 'Interrupts traffic', color: 'red' },
  'next-rekey': { label: 'At next renegotiation', color: 'blue' },
  recreate: { label: 'Needs re-creation', color: 'gray' },
};

/** Old → new for every changed field, and which changes interrupt traffic. */
export function ChangeReviewPanel({ lines }: { lines: readonly ChangeLine[] }) {
  const disruptive = lines.filter((l) => l.impact === 'interrupt' || l.impact === 'renegotiate');
  return (
    <Stack gap="sm">
      {disruptive.length > 0 ? (
        <Alert color="red" variant="light" title="These changes interrupt traffic" styles={readableAlertStyles} data-testid="disruptive-changes">
          <List size="sm">
            {disruptive.map((l) => (
              <List.Item key={l.path}>
                <strong>{l.label}</strong>: {l.note}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm">None of these changes interrupts traffic right away.</Text>
      )}
      <Table withTableBorder verticalSpacing={6} aria-label="Changes to save">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Now</Table.Th>
            <Table.Th scope="col">After saving</Table.Th>
            <Table.Th scope="col">Effect</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.path} data-field={l.path}>
              <Table.Th scope="row">{l.label}</Table.Th>
              <Table.Td ff="monospace" fz="sm">{l.before}</Table.Td>
              <Table.Td ff="monospace" fz="sm">{l.after}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={IMPACT[l.impact].color} c="var(--mantine-color-text)" tt="none">
                  {IMPACT[l.impact].label}
                </Badge>
                <Text size="xs" c="dimmed" mt={2}>
                  {l.note}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
