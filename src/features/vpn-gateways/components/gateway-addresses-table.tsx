import { Table, Text } from '@mantine/core';
import { gatewayAddresses, type VpnGateway } from '@contract/vpn-gateway';
import { formatBandwidth } from '@/features/vpn-gateways/components/gateway-format';

/** The gateway's two addresses with their role: active/standby (active-standby) or 1/2 (active-active). */
export function GatewayAddressesTable({ gateway }: { gateway: VpnGateway }) {
  const addresses = gatewayAddresses(gateway);
  if (addresses.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {gateway.status === 'PENDING_CREATE' ? 'The addresses are assigned when the gateway is ready.' : 'No addresses reported.'}
      </Text>
    );
  }
  const isPublic = gateway.network_type !== 'private';
  const standby = gateway.ha_mode === 'active-standby';
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label="Gateway addresses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Address</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            {isPublic ? <Table.Th scope="col">EIP ID</Table.Th> : null}
            {isPublic ? <Table.Th scope="col">Bandwidth</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {addresses.map((a) => {
            const eip = a.slot === 1 ? gateway.eip1 : gateway.eip2;
            return (
              <Table.Tr key={a.slot}>
                <Table.Th scope="row" ff="monospace" fw={500}>
                  {a.address}
                </Table.Th>
                <Table.Td>{standby ? (a.slot === 1 ? 'Active' : 'Standby') : `${a.label} (both carry traffic)`}</Table.Td>
                {isPublic ? <Table.Td ff="monospace">{eip?.id ?? '—'}</Table.Td> : null}
                {isPublic ? <Table.Td>{eip?.bandwidth_size !== undefined ? formatBandwidth(eip.bandwidth_size) : '—'}</Table.Td> : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
