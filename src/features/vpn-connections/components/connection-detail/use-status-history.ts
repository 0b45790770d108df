import { useState } from 'react';

/** One status the page has seen, and when it first saw it. */
export interface StatusEntry {
  status: string;
  /** ms since epoch: when the answer showing this status arrived. */
  at: number;
}

/**
 * The statuses seen while the page is open, oldest first: the API keeps no history, so the page records
 * its own from what each poll returns. `receivedAt` is the query's dataUpdatedAt.
 */
export function useStatusHistory(status: string | undefined, receivedAt: number): StatusEntry[] {
  const [history, setHistory] = useState<StatusEntry[]>([]);
  // Adjusted while rendering (not in an effect), so the new entry shows in the same render as the new status.
  if (status !== undefined && history.at(-1)?.status !== status) {
    setHistory([...history, { status, at: receivedAt }]);
  }
  return history;
}
