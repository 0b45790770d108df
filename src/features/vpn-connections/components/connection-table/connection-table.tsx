import { Checkbox, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { VpnConnection } from '@contract/vpn-connection';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { COLUMNS } from '@/features/vpn-connections/components/connection-table/connection-columns';
import type { ConnectionFacts } from '@/features/vpn-connections/components/connection-table/connection-facts';
import { ConnectionRow, type RowActions } from '@/features/vpn-connections/components/connection-table/connection-row';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';
import type { ColumnId } from '@/features/vpn-connections/components/connection-table/column-meta';
import { pairHealth, type ListUnit } from '@/features/vpn-connections/components/connection-table/pair-grouping';
import { PairHeaderRow } from '@/features/vpn-connections/components/connection-table/pair-header-row';
import { PAIR_HEADER_HEIGHT, ROW_HEIGHT } from '@/features/vpn-connections/components/connection-table/row-metrics';

function observeElementRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    cb({ width: Math.round(box?.inlineSize ?? element.offsetWidth), height: Math.round(box?.blockSize ?? element.offsetHeight) });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/** Rows rendered before the scroller has been measured. */
const FIRST_ROWS = 30;

type Item = { kind: 'pair'; key: string; unit: Extract<ListUnit, { kind: 'pair' }> } | { kind: 'row'; connection: VpnConnection; inPair: boolean };

export interface SortState {
  id: ColumnId;
  desc: boolean;
}

/** Props of the virtualised connection table. */
export interface ConnectionTableProps {
  /** The current page, already sorted, filtered and grouped into pairs. */
  units: readonly ListUnit[];
  /** Visible columns after the name column. */
  columns: readonly ColumnId[];
  factsOf: (c: VpnConnection) => ConnectionFacts;
  selection: Readonly<Record<string, boolean>>;
  changedIds: ReadonlySet<string>;
  sort: SortState | undefined;
  onSort: (id: ColumnId) => void;
  onSelectPage: (ids: string[], selected: boolean) => void;
  actions: RowActions;
}

function flatten(units: readonly ListUnit[]): Item[] {
  const items: Item[] = [];
  for (const unit of units) {
    if (unit.kind === 'single') items.push({ kind: 'row', connection: unit.connection, inPair: false });
    else {
      items.push({ kind: 'pair', key: unit.key, unit });
      for (const c of unit.shown) items.push({ kind: 'row', connection: c, inPair: true });
    }
  }
  return items;
}

function SortHeader({ id, sort, onSort }: { id: ColumnId; sort: SortState | undefined; onSort: (id: ColumnId) => void }) {
  const active = sort?.id === id;
  const Icon = active ? (sort.desc ? IconArrowDown : IconArrowUp) : IconArrowsSort;
  return (
    <Table.Th
      scope="col"
      style={{ width: COLUMNS[id].width }}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton onClick={() => onSort(id)} fz="sm" fw={700} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        {COLUMNS[id].label}
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.4} />
      </UnstyledButton>
    </Table.Th>
  );
}

/** Props of the header row (memoised: it renders again only when columns, sort or the page's selection change). */
interface TableHeadProps {
  columns: readonly ColumnId[];
  sort: SortState | undefined;
  onSort: (id: ColumnId) => void;
  /** The page's connection ids, comma-joined (a string, so an unchanged page compares equal). */
  pageKey: string;
  selected: 'none' | 'some' | 'all';
  onSelectPage: (ids: string[], selected: boolean) => void;
}

const TableHead = memo(function TableHead({ columns, sort, onSort, pageKey, selected, onSelectPage }: TableHeadProps) {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col" className={classes.select}>
          <Checkbox
            aria-label="Select all connections on this page"
            checked={pageKey !== '' && selected === 'all'}
            indeterminate={selected === 'some'}
            onChange={(e) => onSelectPage(pageKey === '' ? [] : pageKey.split(','), e.currentTarget.checked)}
          />
        </Table.Th>
        <SortHeader id="name" sort={sort} onSort={onSort} />
        {columns.map((id) => (
          <SortHeader key={id} id={id} sort={sort} onSort={onSort} />
        ))}
        <Table.Th scope="col" className={classes.menu}>
          <span className={classes.srOnly}>Actions</span>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
});

/**
 * The connections of one page as a Mantine Table whose body is virtualised: only the rows in view (plus a
 * margin) are in the DOM, and spacer rows keep the scroll height right. Rows are memoised per connection.
 */
export function ConnectionTable({ units, columns, factsOf, selection, changedIds, sort, onSort, onSelectPage, actions }: ConnectionTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const items = flatten(units);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; rows are memoised by hand.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]?.kind === 'pair' ? PAIR_HEADER_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => {
      const item = items[i];
      return item?.kind === 'pair' ? `pair:${item.key}` : (item?.connection.id ?? i);
    },
    overscan: 12,
    // A first guess, so the first render already holds the rows in view; the real size comes from a
    // ResizeObserver after layout instead of a forced synchronous layout in the commit.
    initialRect: { width: 1200, height: 640 },
    observeElementRect,
  });
  const measured = virtualizer.getVirtualItems();
  // Before the scroller has a size (first layout, or an environment without layout) the virtualiser yields no
  // range; the first rows are rendered anyway so there is never an empty table.
  const virtualItems =
    measured.length > 0 || items.length === 0
      ? measured.map((v) => ({ index: v.index, key: v.key, start: v.start, end: v.end }))
      : virtualizer.measurementsCache.slice(0, FIRST_ROWS).map((m) => ({ index: m.index, key: m.key, start: m.start, end: m.end }));
  const top = virtualItems[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0);
  const colSpan = columns.length + 3;
  const pageIds = items.flatMap((i) => (i.kind === 'row' ? [i.connection.id] : []));
  const selectedOnPage = pageIds.filter((id) => selection[id]).length;
  const tableWidth = 40 + 48 + COLUMNS.name.width + columns.reduce((sum, id) => sum + COLUMNS[id].width, 0);

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="connection-table-scroller">
      <Table stickyHeader highlightOnHover verticalSpacing={6} className={classes.table} style={{ minWidth: tableWidth }} aria-label="VPN connections" aria-rowcount={pageIds.length + 1}>
        <TableHead
          columns={columns}
          sort={sort}
          onSort={onSort}
          pageKey={pageIds.join()}
          selected={selectedOnPage === 0 ? 'none' : selectedOnPage === pageIds.length ? 'all' : 'some'}
          onSelectPage={onSelectPage}
        />
        <Table.Tbody>
          {top > 0 ? (
            <tr aria-hidden className={classes.spacer} style={{ height: top }}>
              <td colSpan={colSpan} />
            </tr>
          ) : null}
          {virtualItems.map((v) => {
            const item = items[v.index];
            if (!item) return null;
            if (item.kind === 'pair') {
              const first = item.unit.all[0];
              const facts = first ? factsOf(first) : undefined;
              const health = pairHealth(item.unit.all);
              return (
                <PairHeaderRow
                  key={v.key}
                  gatewayName={facts?.gateway?.name ?? first?.vgw_id ?? ''}
                  customerName={facts?.customer?.name ?? first?.cgw_id ?? ''}
                  up={health.up}
                  total={health.total}
                  hidden={item.unit.all.length - item.unit.shown.length}
                  standby={facts?.gateway?.haMode === 'active-standby'}
                  colSpan={colSpan}
                />
              );
            }
            const c = item.connection;
            return (
              <ConnectionRow
                key={v.key}
                connection={c}
                facts={factsOf(c)}
                columns={columns}
                selected={selection[c.id] === true}
                changed={changedIds.has(c.id)}
                inPair={item.inPair}
                actions={actions}
              />
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden className={classes.spacer} style={{ height: bottom }}>
              <td colSpan={colSpan} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}
