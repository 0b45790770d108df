import type { VpnConnection } from '@contract/vpn-connection';
import { memo } from 'react';
import { paths } from '@/config/paths';
import { COLUMNS } from '@/features/vpn-connections/components/connection-table/connection-columns';
import type { ConnectionFacts } from '@/features/vpn-connections/components/connection-table/connection-facts';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';
import type { ColumnId } from '@/features/vpn-connections/components/connection-table/column-meta';
import { RowLink } from '@/features/vpn-connections/components/connection-table/row-link';
import { ROW_HEIGHT } from '@/features/vpn-connections/components/connection-table/row-metrics';
import { RowMenu } from '@/features/vpn-connections/components/connection-table/row-menu';
import { countRender } from '@/lib/render-counter';

/** Callbacks shared by every row; the object must be stable so memoised rows stay untouched. */
export interface RowActions {
  onSelect: (id: string, selected: boolean) => void;
  onDelete: (id: string) => void;
}

/** Props of one connection row. */
export interface ConnectionRowProps {
  connection: VpnConnection;
  facts: ConnectionFacts;
  /** Visible columns after the name column. */
  columns: readonly ColumnId[];
  selected: boolean;
  /** Its status changed with the last poll: briefly highlighted. */
  changed: boolean;
  /** Member of a redundant pair (drawn with the pair's bracket). */
  inPair: boolean;
  actions: RowActions;
}

function ConnectionRowImpl({ connection: c, facts, columns, selected, changed, inPair, actions }: ConnectionRowProps) {
  countRender('connection-row');
  return (
    <tr
      className={classes.row}
      style={{ height: ROW_HEIGHT }}
      data-connection-id={c.id}
      data-changed={changed || undefined}
      data-pair-member={inPair || undefined}
      aria-selected={selected}
    >
      <td className={classes.select}>
        <input
          type="checkbox"
          className={classes.checkbox}
          aria-label={`Select ${c.name}`}
          checked={selected}
          onChange={(e) => actions.onSelect(c.id, e.currentTarget.checked)}
        />
      </td>
      <th scope="row" className={classes.nameCell}>
        <RowLink href={paths.vpnConnection.href(c.id)}>{c.name}</RowLink>
      </th>
      {columns.map((id) => (
        <td key={id} className={classes.cell}>
          {COLUMNS[id].render?.(c, facts)}
        </td>
      ))}
      <td className={classes.menu}>
        <RowMenu connection={c} onDelete={actions.onDelete} />
      </td>
    </tr>
  );
}

/** One connection; re-renders only when its own data, selection or highlight changes. */
export const ConnectionRow = memo(ConnectionRowImpl);
