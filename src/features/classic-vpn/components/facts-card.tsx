import { Anchor, Paper, Table, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';

/** Props of a titled table of facts. */
export interface FactsCardProps {
  title: string;
  rows: readonly (readonly [string, ReactNode])[];
  /** Page that manages this kind of object, linked from the title. */
  manageTo?: string;
  manageLabel?: string;
}

/** One object's fields as a labelled two-column table in a card. */
export function FactsCard({ title, rows, manageTo, manageLabel }: FactsCardProps) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {title}
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={170} scope="row">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {manageTo ? (
        <Anchor size="sm" mt="xs" display="inline-block" renderRoot={(props) => <Link to={manageTo} {...props} />}>
          {manageLabel}
        </Anchor>
      ) : null}
    </Paper>
  );
}
