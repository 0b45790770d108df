import { memo } from 'react';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';
import { countRender } from '@/lib/render-counter';

export const PAIR_HEADER_HEIGHT = 32;

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

function healthColor(up: number, total: number, standby: boolean): string {
  if (up === total) return 'green';
  if (up === 0) return 'red';
  return standby ? 'teal' : 'yellow';
}

function noteOf(up: number, total: number, standby: boolean): string {
  if (up === 0) return 'no tunnel up: traffic to this site is down';
  if (up < total) return standby ? 'the standby tunnel idles until the active one fails (active/standby gateway)' : 'running without redundancy';
  return 'redundant';
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
          <span className={classes.pill} style={{ ['--pill-bg' as string]: `var(--mantine-color-${healthColor(up, total, standby)}-light)`, cursor: 'default' }} data-testid="pair-health">
            {up} of {total} up
          </span>
          <span className={classes.sub}>
            {noteOf(up, total, standby)}
            {hidden > 0 ? ` · ${hidden} hidden by the filter` : ''}
          </span>
        </div>
      </td>
    </tr>
  );
}

/** The line above a redundant pair: which gateways, and how many of its tunnels are up. */
export const PairHeaderRow = memo(PairHeaderRowImpl);
