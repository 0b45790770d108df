import { VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { presentStatus } from '@/components/status-presentation';

export interface AnnouncedItem {
  id: string;
  name: string;
  status?: string;
}

const MAX_LISTED = 3;

/** Sentences for what changed between two snapshots of a list; nothing for the first snapshot. */
export function describeStatusChanges(
  noun: string,
  before: readonly AnnouncedItem[] | undefined,
  after: readonly AnnouncedItem[] | undefined,
): string[] {
  if (!before || !after) return [];
  const previous = new Map(before.map((i) => [i.id, i]));
  const current = new Set(after.map((i) => i.id));
  const changes: string[] = [];
  for (const item of after) {
    const old = previous.get(item.id);
    const label = presentStatus(item.status ?? 'UNKNOWN').label;
    if (!old) changes.push(`${noun} ${item.name} added: ${label}`);
    else if (old.status !== item.status) {
      changes.push(`${noun} ${item.name} is now ${label} (was ${presentStatus(old.status ?? 'UNKNOWN').label})`);
    }
  }
  for (const item of before) if (!current.has(item.id)) changes.push(`${noun} ${item.name} removed`);
  if (changes.length > MAX_LISTED) return [`${changes.length} ${noun} changes; the table shows the current state`];
  return changes;
}

/** Props of the live region. */
export interface StatusAnnouncerProps {
  /** What one item is called, e.g. "VPN connection". */
  noun: string;
  /** The latest data; undefined while nothing is loaded. */
  items: readonly AnnouncedItem[] | undefined;
}

/** A polite live region that tells screen-reader users when an item's status changes while they are on the page. */
export function StatusAnnouncer({ noun, items }: StatusAnnouncerProps) {
  const [previous, setPrevious] = useState(items);
  const [message, setMessage] = useState('');
  // Adjust state while rendering (React's "storing information from previous renders" pattern), not in an effect.
  if (items !== previous) {
    setPrevious(items);
    const changes = describeStatusChanges(noun, previous, items);
    if (changes.length > 0) setMessage(`${changes.join('. ')}.`);
  }
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid="status-announcer">
      {message}
    </VisuallyHidden>
  );
}
