import type { VpnConnection } from '@contract/vpn-connection';
import { cellContent, maker } from '@/app/first-paint/first-paint-cells';
import fp from '@/app/first-paint/first-paint.module.css';
import { paths } from '@/config/paths';
import type { ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';
import { COLUMN_META, type ColumnId } from '@/features/vpn-connections/components/connection-table/column-meta';
import { createFactsCache } from '@/features/vpn-connections/components/connection-table/connection-facts';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';
import {
  buildPairIndex,
  groupPairs,
  pairHealth,
  pairHealthColor,
  pairHealthNote,
} from '@/features/vpn-connections/components/connection-table/pair-grouping';
import { PAIR_HEADER_HEIGHT, ROW_HEIGHT } from '@/features/vpn-connections/components/connection-table/row-metrics';

export interface FirstPaintData {
  /** The first page of connections, in the API's order (the list's order until a sort is chosen). */
  connections: readonly VpnConnection[];
  lookups: ConnectionLookups;
  columns: ReadonlyArray<Exclude<ColumnId, 'name'>>;
}

const SELECT_WIDTH = 40;
const MENU_WIDTH = 48;

export interface FirstPaint {
  element: HTMLElement;
  /** Adds the rows below the screen (a no-op once the first paint is gone). */
  drawRest: () => void;
}

/**
 * The console's frame with the first rows, as the list draws them: names joined in, pairs grouped. Only the
 * rows that fill `screenHeight` are drawn at first: the browser lays out and paints a third of the rows for
 * the first frame, and `drawRest` adds the others once that frame is on screen.
 */
export function buildFirstPaint(doc: Document, { connections, lookups, columns }: FirstPaintData, screenHeight = Infinity): FirstPaint {
  const make = maker(doc);
  const factsOf = createFactsCache(lookups);
  const overlay = make('div', fp.overlay);
  overlay.dataset.firstPaint = '';
  const header = make('header', fp.header, 'OTC VPN Console');
  const nav = make('nav', fp.nav);
  nav.setAttribute('aria-label', 'Main');
  const main = make('main', fp.main);
  main.setAttribute('aria-busy', 'true');
  main.append(
    make('h1', fp.title, 'VPN connections'),
    make('p', fp.note, `The first ${connections.length} connections; the console is loading.`),
  );

  const table = make('table', `${fp.table} ${classes.table}`);
  table.setAttribute('aria-label', 'VPN connections');
  const widths = [SELECT_WIDTH, COLUMN_META.name.width, ...columns.map((id) => COLUMN_META[id].width), MENU_WIDTH];
  table.style.minWidth = `${widths.reduce((a, b) => a + b, 0)}px`;
  const colgroup = make('colgroup');
  for (const width of widths) {
    const col = make('col');
    col.style.width = `${width}px`;
    colgroup.append(col);
  }
  const headRow = make('tr');
  // The selection and menu columns have no heading until the application adds their controls.
  const headings = ['name' as const, ...columns].map((id) => make('th', undefined, COLUMN_META[id].label));
  for (const th of headings) th.scope = 'col';
  headRow.append(make('td'), ...headings, make('td'));
  const thead = make('thead');
  thead.append(headRow);

  const tbody = make('tbody');
  const row = (c: VpnConnection, inPair: boolean) => {
    const tr = make('tr', classes.row);
    tr.style.height = `${ROW_HEIGHT}px`;
    tr.dataset.connectionId = c.id;
    if (inPair) tr.dataset.pairMember = 'true';
    const name = make('th', classes.nameCell);
    name.scope = 'row';
    const link = make('a', classes.link, c.name);
    link.href = paths.vpnConnection.href(c.id);
    name.append(link);
    const facts = factsOf(c);
    tr.append(make('td', classes.select), name);
    for (const id of columns) {
      const td = make('td', classes.cell);
      td.append(...cellContent(make, id, c, facts));
      tr.append(td);
    }
    tr.append(make('td', classes.menu));
    return tr;
  };
  const unitRows = (unit: ReturnType<typeof groupPairs>[number]): HTMLTableRowElement[] => {
    if (unit.kind === 'single') return [row(unit.connection, false)];
    const first = unit.all[0];
    const facts = first ? factsOf(first) : undefined;
    const { up, total } = pairHealth(unit.all);
    const standby = facts?.gateway?.haMode === 'active-standby';
    const tr = make('tr', classes.pairHeader);
    tr.style.height = `${PAIR_HEADER_HEIGHT}px`;
    const td = make('td');
    td.colSpan = columns.length + 3;
    const line = make('div', classes.pairLine);
    const pill = make('span', classes.pill, `${up} of ${total} up`);
    pill.style.setProperty('--pill-bg', `var(--mantine-color-${pairHealthColor(up, total, standby)}-light)`);
    line.append(
      make('strong', undefined, 'Redundant pair'),
      make('span', classes.sub, `${facts?.gateway?.name ?? first?.vgw_id ?? ''} → ${facts?.customer?.name ?? first?.cgw_id ?? ''}`),
      pill,
      make('span', classes.sub, pairHealthNote(up, total, standby)),
    );
    td.append(line);
    tr.append(td);
    return [tr, ...unit.shown.map((c) => row(c, true))];
  };
  const units = groupPairs(connections, buildPairIndex(connections));
  let drawn = 0;
  let height = 0;
  for (const unit of units) {
    if (height >= screenHeight) break;
    tbody.append(...unitRows(unit));
    height += unit.kind === 'single' ? ROW_HEIGHT : PAIR_HEADER_HEIGHT + unit.shown.length * ROW_HEIGHT;
    drawn += 1;
  }
  table.append(colgroup, thead, tbody);
  const scroller = make('div');
  scroller.append(table);
  main.append(scroller);
  overlay.append(header, nav, main);
  const drawRest = () => {
    if (overlay.isConnected) tbody.append(...units.slice(drawn).flatMap(unitRows));
  };
  return { element: overlay, drawRest };
}
