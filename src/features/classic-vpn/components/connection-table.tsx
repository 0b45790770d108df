import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { Link } from '@tanstack/react-router';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import { displayName, neutronTimeLabel, shortId } from '@/features/classic-vpn/components/classic-format';
import { groupSubnets, type ClassicLookups } from '@/features/classic-vpn/components/classic-lookups';

const noWrap = { whiteSpace: 'nowrap' } as const;

function Lines({ items }: { items: string[] | undefined }) {
  if (items === undefined) return <Text size="sm" c="dimmed">…</Text>;
  if (items.length === 0) return <Text size="sm">—</Text>;
  return (
    <Text size="sm" ff="monospace" component="div">
      {items.map((item, i) => (
        <div key={`${i}-${item}`}>{item}</div>
      ))}
    </Text>
  );
}

/** Props of the classic connection table. */
export interface ClassicConnectionTableProps {
  connections: readonly IpsecSiteConnection[];
  lookups: ClassicLookups;
  /** Ids of the selected connections. */
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  /** Selects or clears every connection the table shows. */
  onSelectAll: (selected: boolean) => void;
}

/** Classic connections: a selection box, name (link), status, remote gateway, VPN service, both sides' networks, created. */
export function ClassicConnectionTable({ connections, lookups, selected, onSelect, onSelectAll }: ClassicConnectionTableProps) {
  const selectedShown = connections.filter((c) => selected.has(c.id)).length;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Classic VPN connections">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label="Select all classic connections shown"
                checked={connections.length > 0 && selectedShown === connections.length}
                indeterminate={selectedShown > 0 && selectedShown < connections.length}
                onChange={(e) => onSelectAll(e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Remote gateway</Table.Th>
            <Table.Th scope="col">VPN service</Table.Th>
            <Table.Th scope="col">Local subnets</Table.Th>
            <Table.Th scope="col">Customer CIDRs</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connections.map((c) => {
            const service = lookups.services?.get(c.vpnservice_id);
            // Undefined while the groups or subnets are still loading.
            const local = lookups.groups && lookups.subnets ? groupSubnets(lookups.groups.get(c.local_ep_group_id ?? ''), lookups.subnets).map((s) => s.cidr) : undefined;
            const peer = lookups.groups ? (lookups.groups.get(c.peer_ep_group_id ?? '')?.endpoints ?? []) : undefined;
            const name = c.name || shortId(c.id);
            return (
              <Table.Tr key={c.id} aria-selected={selected.has(c.id)}>
                <Table.Td>
                  <Checkbox aria-label={`Select ${name}`} checked={selected.has(c.id)} onChange={(e) => onSelect(c.id, e.currentTarget.checked)} />
                </Table.Td>
                <Table.Th scope="row" fw={500} style={noWrap}>
                  <Anchor size="sm" renderRoot={(props) => <Link to={paths.classicConnection.path} params={{ id: c.id }} {...props} />}>
                    {name}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <StatusBadge status={c.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {c.peer_address}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={noWrap}>
                    {displayName(service, c.vpnservice_id)}
                  </Text>
                  {service?.external_v4_ip ? (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {service.external_v4_ip}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Lines items={local} />
                </Table.Td>
                <Table.Td>
                  <Lines items={peer} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={noWrap}>
                    {neutronTimeLabel(c.created_at)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
