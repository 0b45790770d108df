import type { VisibilityState } from '@tanstack/react-table';
import { useState } from 'react';
import { z } from 'zod';
import { COLUMN_IDS, COLUMN_STORAGE_KEY } from '@/features/vpn-connections/components/connection-table/column-meta';
import { COLUMNS } from '@/features/vpn-connections/components/connection-table/connection-columns';

const storedSchema = z.record(z.string(), z.boolean());

export function defaultColumnVisibility(): VisibilityState {
  return Object.fromEntries(COLUMN_IDS.map((id) => [id, COLUMNS[id].defaultVisible]));
}

/** Defaults overlaid with what was saved; unknown or malformed entries are ignored. */
export function loadColumnVisibility(): VisibilityState {
  const defaults = defaultColumnVisibility();
  try {
    const parsed = storedSchema.safeParse(JSON.parse(localStorage.getItem(COLUMN_STORAGE_KEY) ?? '{}'));
    if (!parsed.success) return defaults;
    const known = Object.entries(parsed.data).filter(([id]) => id !== 'name' && id in defaults);
    return { ...defaults, ...Object.fromEntries(known) };
  } catch {
    return defaults;
  }
}

/** The column chooser's state, saved to localStorage on every change. */
export function useColumnVisibility(): [VisibilityState, (next: VisibilityState) => void] {
  const [visibility, setVisibility] = useState(loadColumnVisibility);
  const update = (next: VisibilityState) => {
    setVisibility(next);
    try {
      localStorage.setItem(COLUMN_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or disabled: the choice still applies for this visit.
    }
  };
  return [visibility, update];
}
