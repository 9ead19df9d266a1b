import { describe, expect, it } from 'vitest';
import { createRandom, weightedTable } from './prng';

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqB).toEqual(seqA);
    expect(seqC).not.toEqual(seqA);
  });

  it('stays within its ranges', () => {
    const rng = createRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.between(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });

  it('covers both ends of between() and is roughly uniform', () => {
    const rng = createRandom(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[rng.between(0, 3)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(9_000);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = createRandom(5);
    const table = weightedTable([
      ['a', 3],
      ['never', 0],
      ['b', 1],
    ] as const);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 20_000; i++) {
      const item = rng.weighted(table);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect(counts.never).toBeUndefined();
    expect(counts.a! / 20_000).toBeGreaterThan(0.72);
    expect(counts.a! / 20_000).toBeLessThan(0.78);
  });

  it('refuses an empty weighted table', () => {
    expect(() => weightedTable([])).toThrow();
  });
});
