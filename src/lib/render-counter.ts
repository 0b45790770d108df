// A render counter for performance checks (bench/list-scale.bench.ts counts how many table rows re-render
// when a poll returns). Off unless localStorage has RENDER_COUNTER_KEY = "1" or the URL has ?debug-renders;
// when off, count() is a no-op and nothing is put on window.

export const RENDER_COUNTER_KEY = 'otc-vpn-console.debug-renders';

export interface RenderCounts {
  /** Renders per component name since the last reset. */
  counts: Record<string, number>;
  reset(): void;
}

declare global {
  interface Window {
    __otcRenderCounts?: RenderCounts;
  }
}

function enabled(): boolean {
  try {
    return localStorage.getItem(RENDER_COUNTER_KEY) === '1' || new URLSearchParams(window.location.search).has('debug-renders');
  } catch {
    return false;
  }
}

function create(): RenderCounts {
  const counts: Record<string, number> = {};
  return {
    counts,
    reset() {
      for (const key of Object.keys(counts)) delete counts[key];
    },
  };
}

const store: RenderCounts | undefined = typeof window !== 'undefined' && enabled() ? create() : undefined;
if (store) window.__otcRenderCounts = store;

/** Counts one render of `name` (only when the counter is enabled). */
export function countRender(name: string): void {
  if (store) store.counts[name] = (store.counts[name] ?? 0) + 1;
}
