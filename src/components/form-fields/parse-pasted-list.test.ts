import { describe, expect, it } from 'vitest';
import { insertPasted, parsePastedList } from '@/components/form-fields/parse-pasted-list';

describe('parsePastedList', () => {
  it('splits on new lines, commas, semicolons and spaces and drops blanks', () => {
    expect(parsePastedList('10.0.0.0/24\n10.0.1.0/24, 10.0.2.0/24;10.0.3.0/24  \r\n\t10.0.4.0/24\n')).toEqual([
      '10.0.0.0/24',
      '10.0.1.0/24',
      '10.0.2.0/24',
      '10.0.3.0/24',
      '10.0.4.0/24',
    ]);
  });
});

describe('insertPasted', () => {
  it('replaces the empty row it was pasted into', () => {
    expect(insertPasted(['a', '', 'c'], 1, ['x', 'y'])).toEqual(['a', 'x', 'y', 'c']);
  });
  it('keeps a filled row and inserts after it', () => {
    expect(insertPasted(['a', 'b'], 0, ['x'])).toEqual(['a', 'x', 'b']);
  });
});
