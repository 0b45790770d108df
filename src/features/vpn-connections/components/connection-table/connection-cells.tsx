import { presentStatus } from '@/components/status-presentation';
import { formatTimestamp, shortId } from '@/features/vpn-connections/components/connection-format';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';

// Table cells are plain elements styled by the module CSS (no Mantine component per cell): a filter
// keystroke can replace every visible row, and mounting them must fit in a frame.

/** A gateway's name (or short id while names load) with its address below. */
export function NameAndAddress({ name, fallbackId, address }: { name?: string; fallbackId: string; address?: string }) {
  return (
    <>
      <span className={classes.line} title={name ? undefined : fallbackId}>
        {name ?? shortId(fallbackId)}
      </span>
      {address ? <span className={`${classes.sub} ${classes.mono}`}>{address}</span> : null}
    </>
  );
}

/** The first customer subnet, the second below it, or "+N more" with the full list as its title and for screen readers. */
export function SubnetsCell({ subnets }: { subnets: readonly string[] }) {
  if (subnets.length === 0) return <span className={classes.line}>—</span>;
  const [first, second] = subnets;
  const rest = subnets.length - 1;
  return (
    <>
      <span className={`${classes.line} ${classes.mono}`}>{first}</span>
      {rest === 1 ? <span className={`${classes.line} ${classes.mono}`}>{second}</span> : null}
      {rest > 1 ? (
        <span className={classes.more} title={subnets.join(', ')}>
          +{rest} more<span className={classes.srOnly}>: {subnets.slice(1).join(', ')}</span>
        </span>
      ) : null}
    </>
  );
}

/** Date on the first line, time below: keeps the column narrow. */
export function TimeCell({ iso }: { iso: string | undefined }) {
  const [date, time] = formatTimestamp(iso).split(' ');
  return (
    <time dateTime={iso} className={classes.line}>
      {date}
      {time ? <span className={classes.sub}>{time}</span> : null}
    </time>
  );
}

export function PlainCell({ children, mono }: { children: string; mono?: boolean }) {
  return <span className={mono ? `${classes.line} ${classes.mono}` : classes.line}>{children}</span>;
}

/** The status as a tinted pill; its meaning is the title (mouse) and a hidden sentence (screen readers). */
export function StatusPill({ status }: { status: string }) {
  const { label, color, explanation } = presentStatus(status);
  return (
    <>
      <span
        className={classes.pill}
        style={{ ['--pill-bg' as string]: `var(--mantine-color-${color}-light)` }}
        title={explanation}
        data-testid="status-badge"
        data-status={status}
      >
        {label}
      </span>
      <span className={classes.srOnly}>{explanation}</span>
    </>
  );
}
