import { DataList, Paper, Text, Title } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import { styleLabel } from '@/features/vpn-connections/components/connection-format';

/** Props of the fixed fields. */
export interface ReadOnlyFieldsProps {
  connection: VpnConnection;
  gatewayName?: string;
  gatewayIp?: string;
}

/** What this form cannot change, with why: the update API does not take these fields. */
export function ReadOnlyFields({ connection: c, gatewayName, gatewayIp }: ReadOnlyFieldsProps) {
  const rows: Array<[string, string, string]> = [
    ['Style', styleLabel(c.style), 'Fixed at creation: routing mode cannot change (re-create the connection).'],
    ['VPN gateway', gatewayName ?? c.vgw_id, 'Fixed at creation: a connection belongs to one gateway.'],
    ['VPN gateway IP', gatewayIp ?? c.vgw_ip, 'Fixed at creation: the gateway address the tunnel uses.'],
    ['HA role', c.ha_role ?? '—', 'Fixed at creation: follows the gateway address (active or standby).'],
  ];
  if (c.style === 'STATIC') rows.push(['NQA link detection', c.enable_nqa ? 'Enabled' : 'Disabled', 'Not part of the update API; set at creation.']);
  rows.push(['Tags', c.tags?.length ? c.tags.map((t) => `${t.key}=${t.value}`).join(', ') : 'None', 'Changed through the tag API, not this form.']);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="fixed-fields">
      <Title order={2} size="h5" id="fixed-fields" mb="xs">
        Cannot be changed
      </Title>
      <DataList labelWidth={170} gap="xs" size="sm">
        {rows.map(([label, value, why]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>
              {value}
              <Text size="xs" c="dimmed">
                {why}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
