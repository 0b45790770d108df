import { memo } from 'react';
import { pairHealthColor, pairHealthNote } from '@/features/vpn-connections/components/connection-table/pair-grouping';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';
import { PAIR_HEADER_HEIGHT } from '@/features/vpn-connections/components/connection-table/row-metrics';
import { countRender } from '@/lib/render-counter';

/** Props of a redundant pair's header row. */
export interface PairHeaderRowProps {
  gatewayName: string;
  customerName: string;
  up: number;
  total: number;
  /** Members the filter hides (the health still counts them). */
  hidden: number;
  /** active-standby: the standby tunnel idling is expected. */
  standby: boolean;
  colSpan: number;
}

function PairHeaderRowImpl({ gatewayName, customerName, up, total, hidden, standby, colSpan }: PairHeaderRowProps) {
  countRender('pair-header-row');
  return (
    <tr className={classes.pairHeader} style={{ height: PAIR_HEADER_HEIGHT }} data-pair-header>
      <td colSpan={colSpan}>
        <div className={classes.pairLine}>
          <strong>Redundant pair</strong>
          <span className={classes.sub}>
            {gatewayName} → {customerName}
          </span>
          <span className={classes.pill} style={{ ['--pill-bg' as string]: `var(--mantine-color-${pairHealthColor(up, total, standby)}-light)`, cursor: 'default' }} data-testid="pair-health">
            {up} of {total} up
          </span>
          <span className={classes.sub}>
            {pairHealthNote(up, total, standby)}
            {hidden > 0 ? ` · ${hidden} hidden by the filter` : ''}
          </span>
        </div>
      </td>
    </tr>
  );
}

/** The line above a redundant pair: which gateways, and how many of its tunnels are up. */
export const PairHeaderRow = memo(PairHeaderRowImpl);
