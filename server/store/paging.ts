import { invalidRequest } from '../http-error.ts';

export interface Page<T> {
  items: T[];
  page_info: { next_marker?: string; current_count: number };
  total_count: number;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * OTC marker paging: items ordered by created_at (unique per project), `marker` is the created_at of
 * the previous page's last item, and `next_marker` the created_at of this page's last item.
 * Because the ordering key is unique and the marker is exclusive, pages never repeat or skip an item,
 * even when items are created or deleted between page requests.
 */
export function paginate<T>(
  matching: readonly T[],
  createdAt: (item: T) => string,
  limit: number,
  marker: string | undefined,
): Page<T> {
  let start = 0;
  if (marker !== undefined && marker !== '') {
    if (!TIMESTAMP.test(marker) || Number.isNaN(Date.parse(marker))) {
      throw invalidRequest(
        `marker: "${marker}" is not a creation time; pass page_info.next_marker of the previous page, e.g. 2025-06-09T07:24:27.674Z`,
      );
    }
    // Same-format UTC timestamps compare correctly as strings.
    start = matching.findIndex((item) => createdAt(item) > marker);
    if (start < 0) start = matching.length;
  }
  const items = matching.slice(start, start + limit);
  const last = items.at(-1);
  return {
    items,
    page_info: last === undefined ? { current_count: 0 } : { next_marker: createdAt(last), current_count: items.length },
    total_count: matching.length,
  };
}
