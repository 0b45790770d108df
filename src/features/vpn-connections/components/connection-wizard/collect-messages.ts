import type { FieldErrors, FieldValues } from 'react-hook-form';

function walk(node: unknown, out: string[], seen: Set<unknown>): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const record = node as Record<string, unknown>;
  if (typeof record.message === 'string' && record.message !== '') out.push(record.message);
  for (const [key, child] of Object.entries(record)) {
    // `ref` points at DOM nodes; `types` repeats the message.
    if (key !== 'ref' && key !== 'types' && key !== 'message') walk(child, out, seen);
  }
}

/** Every message in one error (sub)tree. */
export function messagesIn(node: unknown): string[] {
  const out: string[] = [];
  walk(node, out, new Set());
  return out;
}

/** Every error message under the given field paths, in field order (for announcements). */
export function collectMessages<T extends FieldValues>(errors: FieldErrors<T>, paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  for (const path of paths) {
    const node = path.split('.').reduce<unknown>((n, k) => (n !== null && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), errors);
    walk(node, out, seen);
  }
  return out;
}

/** The paths of the errors under `root` that carry a message (e.g. `peer_subnets.2`, `ikepolicy.dh_group`). */
export function errorPaths(node: unknown, root: string): string[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.message === 'string' && record.message !== '' ? [root] : [];
  const children = Object.entries(record)
    .filter(([key]) => key !== 'ref' && key !== 'types' && key !== 'message' && key !== 'type' && key !== 'root')
    .flatMap(([key, child]) => errorPaths(child, `${root}.${key}`));
  return [...own, ...children];
}
