/**
 * The eSSL's change clock: milliseconds of the real clock, but strictly increasing —
 * two changes never share an instant, so a pull cursor (CasPosledniZmenyOd, inclusive)
 * re-reads at most the one row it stopped at and never misses a change.
 */
export interface ChangeClock {
  /** The instant of a new change, later than every instant seen before. */
  next(): number;
  /** Makes every later `next()` come after `ms` (a seeded or replayed change). */
  observe(ms: number): void;
  /** The current time of the real clock, for dates that are not change instants. */
  now(): number;
}

export function createChangeClock(now: () => number = Date.now): ChangeClock {
  let last = Number.NEGATIVE_INFINITY;
  return {
    next() {
      last = Math.max(now(), last + 1);
      return last;
    },
    observe(ms) {
      if (ms > last) last = ms;
    },
    now,
  };
}
