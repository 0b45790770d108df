import { Anchor, Table, Text } from '@mantine/core';
import type { CustomerGateway } from '@contract/customer-gateway';
import { Link } from '@tanstack/react-router';
import { formatTime } from '@/lib/format-time';
import { paths } from '@/config/paths';

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Props of the customer gateway table. */
export interface CustomerGatewayTableProps {
  customerGateways: readonly CustomerGateway[];
  /** Connections per customer gateway id (absent id = none); undefined while unknown. */
  connectionCounts?: ReadonlyMap<string, number> | undefined;
}

/** Customer gateways: name (link), address, BGP ASN, connections using it, created. */
export function CustomerGatewayTable({ customerGateways, connectionCounts }: CustomerGatewayTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Customer gateways">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">IP address</Table.Th>
            <Table.Th scope="col">BGP ASN</Table.Th>
            <Table.Th scope="col">Connections</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customerGateways.map((c) => {
            const count = connectionCounts ? (connectionCounts.get(c.id) ?? 0) : undefined;
            return (
              <Table.Tr key={c.id}>
                <Table.Th scope="row" fw={500} style={noWrap}>
                  <Anchor size="sm" renderRoot={(props) => <Link to={paths.customerGateway.path} params={{ id: c.id }} {...props} />}>
                    {c.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <Text size="sm" ff="monospace">{c.id_value}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.bgp_asn ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{count === undefined ? '…' : count === 0 ? 'none' : count}</Text>
                </Table.Td>
                <Table.Td style={noWrap}>
                  <Text size="sm">{formatTime(c.created_at)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
