import { Anchor, Table, Text } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import { Link } from '@tanstack/react-router';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';

/** Props of the "used by" table. */
export interface UsedByConnectionsTableProps {
  /** The table's accessible name, e.g. "Connections using vpngw-fra". */
  label: string;
  connections: readonly VpnConnection[];
  /** Heading of the column for the other end of each connection, e.g. "Customer gateway". */
  peerHeading: string;
  /** What the other end is called for one connection (a name, or the id while names load). */
  peerOf: (connection: VpnConnection) => string;
}

const STYLE: Record<string, string> = { STATIC: 'Static routing', POLICY: 'Policy-based', BGP: 'BGP routing' };

/** The connections that depend on a gateway or customer gateway: name (link), status, style, other end. */
export function UsedByConnectionsTable({ label, connections, peerHeading, peerOf }: UsedByConnectionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Connection</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Style</Table.Th>
            <Table.Th scope="col">{peerHeading}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connections.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnConnection.path} params={{ id: c.id }} {...props} />}>
                  {c.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <StatusBadge status={c.status ?? 'UNKNOWN'} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{STYLE[c.style] ?? c.style}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{peerOf(c)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
