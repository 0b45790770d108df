import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconDownload, IconSearch, IconTrash, IconX } from '@tabler/icons-react';
import { CONNECTION_STATUSES } from '@contract/status';
import type { VpnConnection } from '@contract/vpn-connection';
import type { Table } from '@tanstack/react-table';
import { memo, type ReactNode } from 'react';
import { presentStatus } from '@/components/status-presentation';
import { styleLabel } from '@/features/vpn-connections/components/connection-format';
import { formatCount } from '@/features/vpn-connections/components/connection-table/format-count';
import { ColumnChooser } from '@/features/vpn-connections/components/connection-table/column-chooser';
import { CONNECTION_STYLE_VALUES } from '@/features/vpn-connections/components/connection-table/list-view';

const statusOptions = CONNECTION_STATUSES.map((s) => ({ value: s, label: presentStatus(s).label }));
const styleOptions = CONNECTION_STYLE_VALUES.map((s) => ({ value: s, label: styleLabel(s) }));

/** The free-text search; the only toolbar part that renders on every keystroke. */
export function SearchBox({ query, onQueryChange }: { query: string; onQueryChange: (q: string) => void }) {
  return (
    <TextInput
      label="Search"
      placeholder="Name, ID, gateway IP, customer gateway, subnet"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={query}
      onChange={(e) => onQueryChange(e.currentTarget.value)}
      w={300}
      type="search"
    />
  );
}

/** Props of the filter controls (all callbacks must be stable: the component is memoised). */
export interface FilterControlsProps {
  statuses: readonly string[];
  onStatusesChange: (statuses: string[]) => void;
  styles: readonly string[];
  onStylesChange: (styles: string[]) => void;
  gatewayId: string | undefined;
  gatewayOptions: ReadonlyArray<{ value: string; label: string }>;
  onGatewayChange: (id: string | null) => void;
  /** Any filter or search is active: offer to clear them. */
  filtering: boolean;
  onClearFilters: () => void;
}

/** Status, style and VPN gateway filters. */
export const FilterControls = memo(function FilterControls(p: FilterControlsProps) {
  return (
    <>
      <MultiSelect label="Status" placeholder={p.statuses.length ? undefined : 'Any'} data={statusOptions} value={[...p.statuses]} onChange={p.onStatusesChange} clearable w={220} />
      <MultiSelect label="Style" placeholder={p.styles.length ? undefined : 'Any'} data={styleOptions} value={[...p.styles]} onChange={p.onStylesChange} clearable w={220} />
      <Select
        label="VPN gateway"
        placeholder="Any"
        data={[...p.gatewayOptions]}
        value={p.gatewayId ?? null}
        onChange={p.onGatewayChange}
        searchable
        clearable
        w={220}
      />
      {p.filtering ? (
        <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={p.onClearFilters}>
          Clear filters
        </Button>
      ) : null}
    </>
  );
});

/** Props of the table actions (memoised: callbacks must be stable). */
export interface TableActionsProps {
  table: Table<VpnConnection>;
  /** Changes when the column choice changes, so the chooser re-renders. */
  columnsKey: string;
  exportCount: number;
  onExport: () => void;
  selectedCount: number;
  onDeleteSelected: () => void;
  onClearSelection: () => void;
  /** More actions for the selection (rendered before Delete selected). */
  extra?: ReactNode;
}

/** Bulk actions for the selection, the column chooser and CSV export. */
export const TableActions = memo(function TableActions(p: TableActionsProps) {
  return (
    <Group gap="sm" ml="auto">
      {p.selectedCount > 0 ? (
        <>
          <Button variant="subtle" onClick={p.onClearSelection}>
            Clear selection
          </Button>
          {p.extra}
          <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={p.onDeleteSelected}>
            Delete selected ({p.selectedCount})
          </Button>
        </>
      ) : null}
      <ColumnChooser table={p.table} />
      <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={p.onExport} disabled={p.exportCount === 0}>
        Export CSV ({formatCount(p.exportCount)})
      </Button>
    </Group>
  );
});
