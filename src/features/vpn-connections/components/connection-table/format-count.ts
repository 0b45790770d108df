/**
 * "10,013": thousands separated by commas. Plain string work on purpose: the first toLocaleString() call
 * initialises Intl, which cost ~20 ms on the list's first render.
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
