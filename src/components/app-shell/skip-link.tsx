import classes from '@/components/app-shell/skip-link.module.css';

/** Props of the skip link. */
export interface SkipLinkProps {
  /** id of the element that receives focus. */
  targetId: string;
}

/** First tab stop of every page: jumps past the header and navigation. Visible only while focused. */
export function SkipLink({ targetId }: SkipLinkProps) {
  return (
    <a
      className={classes.skipLink}
      href={`#${targetId}`}
      onClick={(event) => {
        // Focus explicitly: the router owns the URL, so a hash change alone would not move focus reliably.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
