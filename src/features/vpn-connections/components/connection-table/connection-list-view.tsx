import { Group } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import dayjs from 'dayjs';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import { BulkDeleteModal } from '@/features/vpn-connections/components/connection-delete/bulk-delete-modal';
import { DeleteConnectionModal } from '@/features/vpn-connections/components/connection-delete/delete-connection-modal';
import type { ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';
import { ConnectionTable } from '@/features/vpn-connections/components/connection-table/connection-table';
import { connectionsToCsv, downloadText } from '@/features/vpn-connections/components/connection-table/csv-export';
import { ListPager } from '@/features/vpn-connections/components/connection-table/list-pager';
import { ListSummary } from '@/features/vpn-connections/components/connection-table/list-summary';
import { FilterControls, SearchBox, TableActions } from '@/features/vpn-connections/components/connection-table/list-toolbar';
import type { ColumnId } from '@/features/vpn-connections/components/connection-table/column-meta';
import type { ConnectionListSearch } from '@/features/vpn-connections/components/connection-table/list-view';
import { unitSize } from '@/features/vpn-connections/components/connection-table/pair-grouping';
import { useConnectionListModel } from '@/features/vpn-connections/components/connection-table/use-connection-list-model';
import { useStatusChanges } from '@/features/vpn-connections/components/connection-table/use-status-changes';
import { useUrlSyncedText } from '@/hooks/use-url-synced-text';

const NONE: readonly string[] = [];
const MemoPager = memo(ListPager);

/** Props of the connection list with its toolbar, table, pager and delete dialogs. */
export interface ConnectionListViewProps {
  connections: readonly VpnConnection[];
  /** false while later pages of the first load are still arriving. */
  complete: boolean;
  totalCount: number;
  lookups: ConnectionLookups;
  gatewayOptions: ReadonlyArray<{ value: string; label: string }>;
  /** The view as the URL holds it. */
  search: ConnectionListSearch;
  /** Writes part of the view to the URL (replace: no new history entry, used while typing). Must be stable. */
  onSearchChange: (patch: Partial<ConnectionListSearch>, options?: { replace?: boolean }) => void;
  /** Extra actions for the selected connections (e.g. export as code), shown beside "Delete selected". */
  selectionActions?: (selected: VpnConnection[]) => ReactNode;
}

/** The whole list experience: search, filters, sort, pairs, pages, selection, export and deletes. */
export function ConnectionListView({ connections, complete, totalCount, lookups, gatewayOptions, search, onSearchChange, selectionActions }: ConnectionListViewProps) {
  // The search box filters on every keystroke; the URL follows after a pause.
  const writeQuery = useCallback((q: string | undefined) => onSearchChange({ q, page: undefined }, { replace: true }), [onSearchChange]);
  const [query, setQuery] = useUrlSyncedText(search.q, writeQuery);
  const onSortChange = useCallback(
    (sort: { id: ColumnId; desc: boolean } | undefined) => onSearchChange({ sort: sort?.id, desc: sort?.desc || undefined, page: undefined }),
    [onSearchChange],
  );
  const model = useConnectionListModel({ connections, lookups, search, query, onSortChange });
  const changedIds = useStatusChanges(connections, complete);
  const [deleteId, setDeleteId] = useState<string | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const { setRowSelection, table, filtered, factsOf } = model;

  const actions = useMemo(
    () => ({
      onSelect: (id: string, selected: boolean) => setRowSelection((prev) => ({ ...prev, [id]: selected })),
      onDelete: (id: string) => setDeleteId(id),
    }),
    [setRowSelection],
  );
  const onSelectPage = useCallback(
    (ids: string[], selected: boolean) => setRowSelection((prev) => ({ ...prev, ...Object.fromEntries(ids.map((id) => [id, selected])) })),
    [setRowSelection],
  );
  const onSort = useCallback(
    (id: ColumnId) => {
      const column = table.getColumn(id);
      const next = column?.getNextSortingOrder();
      if (!next) onSortChange(undefined);
      else column?.toggleSorting(next === 'desc');
    },
    [table, onSortChange],
  );
  const filters = {
    onStatusesChange: useCallback((v: string[]) => onSearchChange({ status: v.length ? (v as ConnectionListSearch['status']) : undefined, page: undefined }), [onSearchChange]),
    onStylesChange: useCallback((v: string[]) => onSearchChange({ style: v.length ? (v as ConnectionListSearch['style']) : undefined, page: undefined }), [onSearchChange]),
    onGatewayChange: useCallback((vgw: string | null) => onSearchChange({ vgw: vgw ?? undefined, page: undefined }), [onSearchChange]),
    onClearFilters: useCallback(() => {
      setQuery('');
      onSearchChange({ q: undefined, status: undefined, style: undefined, vgw: undefined, page: undefined });
    }, [onSearchChange, setQuery]),
  };
  const onExport = useCallback(() => {
    downloadText(`vpn-connections-${dayjs().format('YYYYMMDD-HHmm')}.csv`, connectionsToCsv(filtered, factsOf, model.pairs));
  }, [filtered, factsOf, model.pairs]);
  const onPage = useCallback((page: number) => onSearchChange({ page: page > 1 ? page : undefined }), [onSearchChange]);
  const onSize = useCallback((size: number) => onSearchChange({ size, page: undefined }), [onSearchChange]);
  const openBulk = useCallback(() => setBulkOpen(true), []);
  const clearSelection = useCallback(() => setRowSelection({}), [setRowSelection]);

  const index = useMemo(() => new Map(connections.map((c) => [c.id, c])), [connections]);
  const byId = (id: string) => index.get(id) ?? null;
  const deleteTarget = deleteId ? byId(deleteId) : null;
  const shownRows = model.units.reduce((n, u) => n + unitSize(u), 0);
  const filtering = query !== '' || search.status !== undefined || search.style !== undefined || search.vgw !== undefined;

  return (
    <>
      <Group gap="sm" align="flex-end" mb="sm" wrap="wrap">
        <SearchBox query={query} onQueryChange={setQuery} />
        <FilterControls
          statuses={search.status ?? NONE}
          styles={search.style ?? NONE}
          gatewayId={search.vgw}
          gatewayOptions={gatewayOptions}
          filtering={filtering}
          {...filters}
        />
        <TableActions
          table={table}
          columnsKey={model.visibleColumns.join()}
          exportCount={filtered.length}
          onExport={onExport}
          selectedCount={model.selectedIds.length}
          onDeleteSelected={openBulk}
          onClearSelection={clearSelection}
          extra={selectionActions && model.selectedIds.length > 0 ? selectionActions(model.selectedIds.map(byId).filter((c) => c !== null)) : null}
        />
      </Group>
      <ListSummary
        first={model.firstRow}
        shown={shownRows}
        matching={filtered.length}
        total={connections.length}
        loading={complete ? undefined : { received: connections.length, expected: totalCount }}
      />
      <ConnectionTable
        units={model.units}
        columns={model.visibleColumns}
        factsOf={factsOf}
        selection={model.rowSelection}
        changedIds={changedIds}
        sort={model.sort}
        onSort={onSort}
        onSelectPage={onSelectPage}
        actions={actions}
      />
      <MemoPager page={model.page} pageCount={model.pageCount} size={model.size} onPage={onPage} onSize={onSize} />
      {/* Mounted only while open: a closed Mantine modal still renders on every keystroke. */}
      {deleteTarget ? (
        <DeleteConnectionModal
          connection={deleteTarget}
          customerName={lookups.customerGateways?.get(deleteTarget.cgw_id)?.name}
          onClose={() => setDeleteId(null)}
        />
      ) : null}
      {bulkOpen ? (
        <BulkDeleteModal
          opened
          connections={model.selectedIds.map(byId).filter((c) => c !== null)}
          onClose={() => setBulkOpen(false)}
          onFinished={clearSelection}
        />
      ) : null}
    </>
  );
}
