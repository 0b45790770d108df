import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';

/**
 * A plain anchor that navigates inside the app on a normal click and lets the browser handle modified
 * clicks (new tab, new window). Unlike <Link> it does not subscribe to the router's state, so a URL change
 * (typing in the search box writes the URL) does not re-render every row.
 */
export function RowLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  const router = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void router.navigate({ href });
  };
  return (
    <a href={href} className={`${classes.link} ${classes.line}`} onClick={onClick} aria-label={label}>
      {children}
    </a>
  );
}
