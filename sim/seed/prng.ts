/**
 * A small seeded PRNG so that the demo journal is the same for the same seed on every
 * machine and in the browser. sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG),
 * seeded through splitmix32 — written by hand here (a dozen lines) rather than taken
 * from a package; it is not cryptographic and need not be.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [min, max], both ends included. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: ReadonlyArray<T>): T;
  /** Picks by weight from a table made once with `weightedTable`. */
  weighted<T>(table: WeightedTable<T>): T;
}

export interface WeightedTable<T> {
  readonly items: ReadonlyArray<T>;
  /** Running sums of the weights, for a binary search per pick. */
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Weights need not sum to 1; a zero weight never gets picked. */
export function weightedTable<T>(entries: ReadonlyArray<readonly [T, number]>): WeightedTable<T> {
  if (entries.length === 0) throw new Error('weighted table without entries');
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], i) => {
    total += weight;
    cumulative[i] = total;
  });
  return { items: entries.map(([item]) => item), cumulative, total };
}

/** Index of the first running sum above `roll`. */
export function searchCumulative(cumulative: Float64Array, roll: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > roll) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const mix = splitmix32(seed);
  const raw = sfc32(mix(), mix(), mix(), mix());
  // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
  for (let i = 0; i < 12; i++) raw();

  const random: Random = {
    next: raw,
    int: (n) => Math.floor(raw() * n),
    between: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    chance: (probability) => raw() < probability,
    pick<T>(items: ReadonlyArray<T>): T {
      const item = items[Math.floor(raw() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted<T>(table: WeightedTable<T>): T {
      return table.items[searchCumulative(table.cumulative, raw() * table.total)] as T;
    },
  };
  return random;
}
