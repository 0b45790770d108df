import { apiErrorSummary } from '@/lib/api-error-message';

export type ItemState = 'queued' | 'deleting' | 'removing' | 'deleted' | 'failed' | 'skipped';

/** One resource to delete, in cascade order. */
export interface CascadeItem {
  id: string;
  /** What a person reads, e.g. "VPN connection hq-primary". */
  label: string;
  /** The object the cascade exists for (the last step); everything before it is in its way. */
  isTarget: boolean;
  /** Poll until 404 before the next step (connections and gateways go through PENDING_DELETE). */
  waitUntilGone: boolean;
}

export interface ItemResult {
  state: ItemState;
  /** Why it failed or was skipped. */
  detail?: string;
}

export interface CascadeActions {
  remove: (item: CascadeItem) => Promise<void>;
  waitGone: (item: CascadeItem) => Promise<void>;
  onUpdate: (id: string, result: ItemResult) => void;
}

async function deleteOne(item: CascadeItem, actions: CascadeActions): Promise<boolean> {
  try {
    actions.onUpdate(item.id, { state: 'deleting' });
    await actions.remove(item);
    if (item.waitUntilGone) {
      actions.onUpdate(item.id, { state: 'removing' });
      await actions.waitGone(item);
    }
    actions.onUpdate(item.id, { state: 'deleted' });
    return true;
  } catch (error) {
    actions.onUpdate(item.id, { state: 'failed', detail: apiErrorSummary(error) });
    return false;
  }
}

/**
 * Deletes the dependents first and the target last: each dependent is deleted (one request at a time),
 * then all are awaited until they are gone, and only when every one is gone is the target deleted.
 * Resolves to true when the target was deleted.
 */
export async function runCascade(items: readonly CascadeItem[], actions: CascadeActions): Promise<boolean> {
  const dependents = items.filter((i) => !i.isTarget);
  const targets = items.filter((i) => i.isTarget);
  const accepted: CascadeItem[] = [];
  let failed = 0;
  for (const item of dependents) {
    try {
      actions.onUpdate(item.id, { state: 'deleting' });
      await actions.remove(item);
      accepted.push(item);
      actions.onUpdate(item.id, item.waitUntilGone ? { state: 'removing' } : { state: 'deleted' });
    } catch (error) {
      failed += 1;
      actions.onUpdate(item.id, { state: 'failed', detail: apiErrorSummary(error) });
    }
  }
  const waits = await Promise.all(
    accepted.filter((i) => i.waitUntilGone).map(async (item) => {
      try {
        await actions.waitGone(item);
        actions.onUpdate(item.id, { state: 'deleted' });
        return true;
      } catch (error) {
        actions.onUpdate(item.id, { state: 'failed', detail: apiErrorSummary(error) });
        return false;
      }
    }),
  );
  failed += waits.filter((ok) => !ok).length;
  if (failed > 0) {
    const reason = `Not attempted: ${failed} of the ${dependents.length} items in its way could not be deleted.`;
    for (const t of targets) actions.onUpdate(t.id, { state: 'skipped', detail: reason });
    return false;
  }
  let ok = true;
  for (const t of targets) ok = (await deleteOne(t, actions)) && ok;
  return ok;
}
