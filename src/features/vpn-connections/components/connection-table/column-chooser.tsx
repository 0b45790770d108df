import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import type { VpnConnection } from '@contract/vpn-connection';
import { COLUMNS } from '@/features/vpn-connections/components/connection-table/connection-columns';
import type { ColumnId } from '@/features/vpn-connections/components/connection-table/column-meta';

/** Which columns the table shows; the choice is saved in this browser. The name column always stays. */
export function ColumnChooser({ table }: { table: Table<VpnConnection> }) {
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  return (
    <Popover position="bottom-end" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label="Visible columns">
          <Text size="xs" c="dimmed">
            Shown columns (saved in this browser)
          </Text>
          {hideable.map((column) => (
            <Checkbox
              key={column.id}
              label={COLUMNS[column.id as ColumnId].label}
              checked={column.getIsVisible()}
              onChange={(e) => column.toggleVisibility(e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
