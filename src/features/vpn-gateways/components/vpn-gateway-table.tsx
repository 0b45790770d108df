import { Anchor, Table, Text } from '@mantine/core';
import { gatewayAddresses, type VpnGateway } from '@contract/vpn-gateway';
import { Link } from '@tanstack/react-router';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import {
  GATEWAY_STATUS_EXPLANATIONS,
  attachmentLabel,
  connectionCapacity,
  flavorLabel,
  haModeLabel,
} from '@/features/vpn-gateways/components/gateway-format';

const noWrap = { whiteSpace: 'nowrap' } as const;
const SUBNETS_SHOWN = 3;

/** Props of the gateway table. */
export interface VpnGatewayTableProps {
  gateways: readonly VpnGateway[];
  /** Connections per gateway id (the list API does not report them; absent id = none); undefined while unknown. */
  connectionCounts?: ReadonlyMap<string, number> | undefined;
}

function Addresses({ gateway }: { gateway: VpnGateway }) {
  const addresses = gatewayAddresses(gateway);
  if (addresses.length === 0) {
    return <Text size="sm" c="dimmed">{gateway.status === 'PENDING_CREATE' ? 'Assigned when ready' : '—'}</Text>;
  }
  return (
    <div>
      {addresses.map((a) => (
        <Text key={a.slot} size="sm" style={noWrap}>
          <Text span ff="monospace" inherit>{a.address}</Text>{' '}
          <Text span size="xs" c="dimmed">{a.label}</Text>
        </Text>
      ))}
    </div>
  );
}

function LocalSubnets({ subnets }: { subnets: readonly string[] }) {
  if (subnets.length === 0) return <Text size="sm">—</Text>;
  const rest = subnets.length - SUBNETS_SHOWN;
  return (
    <Text size="sm" ff="monospace" component="div">
      {subnets.slice(0, SUBNETS_SHOWN).map((s) => <div key={s}>{s}</div>)}
      {rest > 0 ? <Text span size="xs" c="dimmed" ff="inherit">+{rest} more</Text> : null}
    </Text>
  );
}

/** The project's VPN gateways: name (link), status, kind, HA mode, flavor, addresses, subnets, ASN, connections. */
export function VpnGatewayTable({ gateways, connectionCounts }: VpnGatewayTableProps) {
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="VPN gateways">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Network · attachment</Table.Th>
            <Table.Th scope="col">HA mode</Table.Th>
            <Table.Th scope="col">Flavor</Table.Th>
            <Table.Th scope="col">Addresses</Table.Th>
            <Table.Th scope="col">Local subnets</Table.Th>
            <Table.Th scope="col">BGP ASN</Table.Th>
            <Table.Th scope="col">Connections</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {gateways.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Th scope="row" fw={500} style={noWrap}>
                <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnGateway.path} params={{ id: g.id }} {...props} />}>
                  {g.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <StatusBadge status={g.status ?? 'UNKNOWN'} explanation={GATEWAY_STATUS_EXPLANATIONS[g.status ?? '']} />
              </Table.Td>
              <Table.Td style={noWrap}>
                <Text size="sm">{g.network_type === 'private' ? 'Private' : 'Public'} · {attachmentLabel(g.attachment_type)}</Text>
              </Table.Td>
              <Table.Td style={noWrap}>
                <Text size="sm">{haModeLabel(g.ha_mode)}</Text>
              </Table.Td>
              <Table.Td style={noWrap}>
                <Text size="sm">{flavorLabel(g.flavor)}</Text>
              </Table.Td>
              <Table.Td>
                <Addresses gateway={g} />
              </Table.Td>
              <Table.Td>
                <LocalSubnets subnets={g.local_subnets ?? []} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{g.bgp_asn ?? '—'}</Text>
              </Table.Td>
              <Table.Td style={noWrap}>
                <Text size="sm">{connectionCapacity(connectionCounts ? (connectionCounts.get(g.id) ?? 0) : undefined, g.connection_number)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
