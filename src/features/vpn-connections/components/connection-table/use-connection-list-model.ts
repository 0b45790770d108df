import type { VpnConnection } from '@contract/vpn-connection';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import type { ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';
import { COLUMN_IDS, type ColumnId } from '@/features/vpn-connections/components/connection-table/column-meta';
import { COLUMNS } from '@/features/vpn-connections/components/connection-table/connection-columns';
import { createFactsCache, searchTerms } from '@/features/vpn-connections/components/connection-table/connection-facts';
import { DEFAULT_PAGE_SIZE, type ConnectionListSearch } from '@/features/vpn-connections/components/connection-table/list-view';
import {
  buildPairIndex,
  groupPairs,
  pageStarts,
  pageUnits,
  unitSize,
} from '@/features/vpn-connections/components/connection-table/pair-grouping';
import { RowFilter } from '@/features/vpn-connections/components/connection-table/row-filter';
import { useColumnVisibility } from '@/features/vpn-connections/components/connection-table/use-column-visibility';

const resolve = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater);

const PREWARM_CHUNK = 1_000;

/** Derives facts for every connection in idle-time chunks; returns the cancel function. */
function prewarm(connections: readonly VpnConnection[], factsOf: (c: VpnConnection) => unknown): () => void {
  let index = 0;
  let handle = 0;
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  const step = () => {
    const end = Math.min(index + PREWARM_CHUNK, connections.length);
    for (; index < end; index += 1) factsOf(connections[index] as VpnConnection);
    if (index < connections.length) handle = idle(step);
  };
  handle = idle(step);
  return () => cancel(handle);
}

export interface ListModelOptions {
  connections: readonly VpnConnection[];
  lookups: ConnectionLookups;
  search: ConnectionListSearch;
  /** The search text as typed (the URL copy of it lags behind by a debounce). */
  query: string;
  onSortChange: (sort: { id: ColumnId; desc: boolean } | undefined) => void;
}

/**
 * The list pipeline: TanStack Table sorts the whole set (only when data or sort change), then the search
 * and filters run over the sorted rows (every keystroke: one pass over pre-lower-cased text), then pairs are
 * grouped and the page is cut so that a pair never splits.
 */
export function useConnectionListModel({ connections, lookups, search, query, onSortChange }: ListModelOptions) {
  const factsOf = useMemo(() => createFactsCache(lookups), [lookups]);
  const columns = useMemo<ColumnDef<VpnConnection>[]>(
    () =>
      COLUMN_IDS.map((id) => ({
        id,
        accessorFn: (c: VpnConnection) => COLUMNS[id].sortValue(c, factsOf(c)),
        sortingFn: 'basic',
        sortUndefined: 'last',
        enableHiding: id !== 'name',
      })),
    [factsOf],
  );
  // Search needs every row's haystack; build them while the browser is idle so the first keystroke does not.
  useEffect(() => prewarm(connections, factsOf), [connections, factsOf]);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const sorting = useMemo<SortingState>(() => (search.sort ? [{ id: search.sort, desc: search.desc === true }] : []), [search.sort, search.desc]);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the pipeline memoises by hand.
  const table = useReactTable({
    data: connections as VpnConnection[],
    columns,
    state: { sorting, columnVisibility, rowSelection },
    getRowId: (c) => c.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    manualFiltering: true,
    manualPagination: true,
    enableMultiSort: false,
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting)[0];
      onSortChange(next ? { id: next.id as ColumnId, desc: next.desc } : undefined);
    },
    onColumnVisibilityChange: (updater) => setColumnVisibility(resolve(updater, columnVisibility)),
    onRowSelectionChange: setRowSelection,
  });

  const sortedRows = table.getSortedRowModel().rows;
  const sorted = useMemo(() => sortedRows.map((r) => r.original), [sortedRows]);
  const [rowFilter] = useState(() => new RowFilter());
  const statusKey = search.status?.join() ?? '';
  const styleKey = search.style?.join() ?? '';
  const termsKey = searchTerms(query).join(' ');
  const filtered = useMemo(
    () => rowFilter.run(sorted, { statusKey, styleKey, termsKey }, factsOf),
    [rowFilter, sorted, statusKey, styleKey, termsKey, factsOf],
  );

  const pairs = useMemo(() => buildPairIndex(connections), [connections]);
  const units = useMemo(() => groupPairs(filtered, pairs), [filtered, pairs]);
  const size = search.size ?? DEFAULT_PAGE_SIZE;
  const starts = useMemo(() => pageStarts(units, size === 0 ? Infinity : size), [units, size]);
  const page = Math.min(search.page ?? 1, starts.length);
  const shown = useMemo(() => pageUnits(units, starts, page), [units, starts, page]);
  const firstRow = useMemo(() => units.slice(0, starts[page - 1] ?? 0).reduce((n, u) => n + unitSize(u), 0), [units, starts, page]);

  const visibleColumns = useMemo(
    () => COLUMN_IDS.filter((id) => id !== 'name' && columnVisibility[id] !== false),
    [columnVisibility],
  );
  const present = useMemo(() => new Set(connections.map((c) => c.id)), [connections]);
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id] && present.has(id));

  return {
    table,
    factsOf,
    pairs,
    filtered,
    units: shown,
    /** Index of the page's first connection among the filtered ones. */
    firstRow,
    page,
    pageCount: starts.length,
    size,
    visibleColumns,
    rowSelection,
    selectedIds,
    setRowSelection,
    sort: sorting[0] ? { id: sorting[0].id as ColumnId, desc: sorting[0].desc } : undefined,
  };
}
