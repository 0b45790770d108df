/** Splits pasted text into entries: new lines, commas, semicolons and spaces all separate. */
export function parsePastedList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Puts pasted entries into the list at `index`: an empty row is replaced, a filled one keeps its value. */
export function insertPasted(list: readonly string[], index: number, pasted: readonly string[]): string[] {
  const current = list[index] ?? '';
  const replace = current.trim() === '';
  return [...list.slice(0, replace ? index : index + 1), ...pasted, ...list.slice(index + 1)];
}
