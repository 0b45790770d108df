import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import {
  markDeleting,
  requestVpnConnectionDelete,
  waitUntilGone,
} from '@/features/vpn-connections/api/delete-vpn-connection';

/** Where one item of a bulk delete stands. */
export type BulkDeletePhase = 'queued' | 'sending' | 'deleting' | 'deleted' | 'failed' | 'still-there';

export interface BulkDeleteItem {
  phase: BulkDeletePhase;
  /** The API's refusal, for failed items. */
  error?: unknown;
}

// A few at a time: fast for twenty test connections, gentle on the API's rate limits for two hundred.
const CONCURRENCY = 4;

/**
 * Deletes many connections, a few requests at a time, and reports each one: request accepted (Deleting),
 * then gone (the API answers 404), or the API's error. Nothing stops at the first failure.
 */
export function useBulkDeleteVpnConnections() {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Readonly<Record<string, BulkDeleteItem>>>({});
  const [running, setRunning] = useState(false);

  const run = useCallback(
    async (ids: readonly string[]) => {
      const set = (id: string, item: BulkDeleteItem) => setItems((prev) => ({ ...prev, [id]: item }));
      setItems(Object.fromEntries(ids.map((id) => [id, { phase: 'queued' as const }])));
      setRunning(true);
      const queue = [...ids];
      const watches: Promise<void>[] = [];
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const current = id;
          set(current, { phase: 'sending' });
          try {
            await requestVpnConnectionDelete(current);
            markDeleting(queryClient, current);
            set(current, { phase: 'deleting' });
            watches.push(waitUntilGone(queryClient, current).then((gone) => set(current, { phase: gone ? 'deleted' : 'still-there' })));
          } catch (error) {
            set(current, { phase: 'failed', error });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
      await Promise.all(watches);
      setRunning(false);
    },
    [queryClient],
  );

  const reset = useCallback(() => setItems({}), []);
  return { items, running, run, reset };
}
