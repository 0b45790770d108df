import { PSK_SPECIAL_CHARS } from '@contract/common';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
// The space is allowed by OTC but is easy to lose when the key is copied into a device's CLI.
const SPECIAL = PSK_SPECIAL_CHARS.replace(/ /g, '');
const CLASSES = [UPPER, LOWER, DIGITS, SPECIAL] as const;
const ALL = CLASSES.join('');

/** A uniform random integer in [0, n) from crypto.getRandomValues (rejection sampling, no modulo bias). */
export function randomIndex(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const v = buf[0] ?? 0;
    if (v < limit) return v % n;
  }
}

const pick = (chars: string) => chars.charAt(randomIndex(chars.length));

/**
 * A pre-shared key that always satisfies the v5 rule: one character of each class (so all four classes are
 * present), the rest from the whole allowed set, then shuffled. 32 characters carry ~200 bits of entropy.
 */
export function generatePsk(length = 32): string {
  const size = Math.min(128, Math.max(8, Math.floor(length)));
  const chars = CLASSES.map(pick);
  while (chars.length < size) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomIndex(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
