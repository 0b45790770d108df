import type { StoredClassicConnection, StoredVpnService } from './classic-state.ts';

// What each endpoint returns, per the doc's tables and examples: order_id/product_id as empty strings (HEAD
// examples still carry them), `tags` only on show/list, `project_id` only in the connection update response.
// The PSK is returned as OTC does; the console drops it when parsing.

export type ViewMode = 'create' | 'show' | 'update';

export function connectionView(item: StoredClassicConnection, mode: ViewMode) {
  const base = { ...item, dpd: { ...item.dpd }, peer_cidrs: [...item.peer_cidrs], order_id: '', product_id: '' };
  if (mode === 'show') return { ...base, tags: [] as { key: string; value: string }[] };
  if (mode === 'update') return { ...base, project_id: item.tenant_id };
  return base;
}

export function serviceView(item: StoredVpnService, mode: ViewMode) {
  const base = { ...item, order_id: '', product_id: '' };
  return mode === 'show' ? { ...base, tags: [] as { key: string; value: string }[] } : base;
}
