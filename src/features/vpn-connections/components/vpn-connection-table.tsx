import { Anchor, Table, Text, Tooltip } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import { Link } from '@tanstack/react-router';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import { resolveGatewayIp, type ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';
import {
  customerSubnets,
  formatTimestamp,
  shortId,
  styleLabel,
} from '@/features/vpn-connections/components/connection-format';

const SUBNETS_SHOWN = 3;
const noWrap = { whiteSpace: 'nowrap' } as const;

/** Props of the connection table. */
export interface VpnConnectionTableProps {
  connections: readonly VpnConnection[];
  /** Gateway and customer gateway names/addresses, joined in by the page. */
  lookups: ConnectionLookups;
}

function NameAndAddress({ name, fallbackId, address }: { name?: string; fallbackId: string; address?: string }) {
  return (
    <>
      <Text size="sm" title={name ? undefined : fallbackId} style={noWrap}>
        {name ?? shortId(fallbackId)}
      </Text>
      {address ? (
        <Text size="xs" c="dimmed" ff="monospace">
          {address}
        </Text>
      ) : null}
    </>
  );
}

function Subnets({ subnets }: { subnets: string[] }) {
  if (subnets.length === 0) return <Text size="sm">—</Text>;
  const shown = subnets.slice(0, SUBNETS_SHOWN);
  const rest = subnets.length - shown.length;
  return (
    <Text size="sm" ff="monospace" component="div">
      {shown.map((subnet) => (
        <div key={subnet}>{subnet}</div>
      ))}
      {rest > 0 ? (
        <Tooltip label={subnets.join(', ')} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
          <Text span size="xs" c="dimmed" tabIndex={0} ff="inherit">
            +{rest} more
          </Text>
        </Tooltip>
      ) : null}
    </Text>
  );
}

/** Date on the first line, time below: keeps the column narrow. */
function CreatedAt({ iso }: { iso: string | undefined }) {
  const [date, time] = formatTimestamp(iso).split(' ');
  return (
    <Text size="sm" component="time" dateTime={iso} display="block" style={noWrap}>
      {date}
      {time ? (
        <Text span size="xs" c="dimmed" display="block">
          {time}
        </Text>
      ) : null}
    </Text>
  );
}

/** The VPN connections as a table: name (link), status, style, gateways, customer subnets, created time. */
export function VpnConnectionTable({ connections, lookups }: VpnConnectionTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="VPN connections">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Style</Table.Th>
            <Table.Th scope="col">VPN gateway</Table.Th>
            <Table.Th scope="col">Customer gateway</Table.Th>
            <Table.Th scope="col">Customer subnets</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connections.map((c) => {
            const gateway = lookups.vpnGateways?.get(c.vgw_id);
            const customer = lookups.customerGateways?.get(c.cgw_id);
            return (
              <Table.Tr key={c.id}>
                <Table.Th scope="row" fw={500} style={noWrap}>
                  <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnConnection.path} params={{ id: c.id }} {...props} />}>
                    {c.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <StatusBadge status={c.status ?? 'UNKNOWN'} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={noWrap}>
                    {styleLabel(c.style)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NameAndAddress name={gateway?.name} fallbackId={c.vgw_id} address={resolveGatewayIp(c.vgw_ip, gateway)} />
                </Table.Td>
                <Table.Td>
                  <NameAndAddress name={customer?.name} fallbackId={c.cgw_id} address={customer?.ip} />
                </Table.Td>
                <Table.Td>
                  <Subnets subnets={customerSubnets(c)} />
                </Table.Td>
                <Table.Td>
                  <CreatedAt iso={c.created_at} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
