import dayjs from 'dayjs';

/** Local time for people, e.g. "2025-06-09 09:24"; "—" when absent. Same format as the connection pages. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const t = dayjs(iso);
  return t.isValid() ? t.format('YYYY-MM-DD HH:mm') : iso;
}
