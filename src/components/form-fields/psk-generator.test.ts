import { v5PskSchema } from '@contract/common';
import { describe, expect, it } from 'vitest';
import { generatePsk, randomIndex } from '@/components/form-fields/psk-generator';

describe('generatePsk', () => {
  it('always satisfies the v5 PSK rule and never contains a space (2,000 keys)', () => {
    for (let i = 0; i < 2000; i += 1) {
      const psk = generatePsk();
      expect(v5PskSchema.safeParse(psk).success, psk).toBe(true);
      expect(psk).toHaveLength(32);
      expect(psk).not.toContain(' ');
    }
  });

  it('keeps the rule at the length limits', () => {
    for (const length of [1, 8, 128, 500]) {
      const psk = generatePsk(length);
      expect(v5PskSchema.safeParse(psk).success).toBe(true);
      expect(psk.length).toBe(Math.min(128, Math.max(8, length)));
    }
  });

  it('does not repeat itself', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generatePsk()));
    expect(keys.size).toBe(200);
  });
});

describe('randomIndex', () => {
  it('stays inside [0, n) and reaches every value', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 3000; i += 1) {
      const v = randomIndex(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });
});
