/**
 * The simulated ISDS's clock: the real clock shifted by an offset, so that the demo's
 * "today" is ISDS's today and tests can move time forward (the fiction of delivery
 * happens when the clock passes ten days after delivery). It never goes back: a
 * message state must not change before a time already reported.
 */
export interface IsdsClock {
  now(): number;
  offset(): number;
  /** Moves the clock `ms` forward (ms ≥ 0). */
  advance(ms: number): void;
  /** Moves the clock to `ms`; refuses a time before now. */
  moveTo(ms: number): void;
  /** Sets the offset as a log replay found it (no check: it was checked when made). */
  restore(offsetMs: number): void;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function createIsdsClock(offsetMs: number, real: () => number = Date.now): IsdsClock {
  let offset = offsetMs;
  return {
    now: () => real() + offset,
    offset: () => offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('Čas ISDS nelze posunout zpět.');
      offset += ms;
    },
    moveTo(ms) {
      const current = real() + offset;
      if (!Number.isFinite(ms) || ms < current)
        throw new RangeError('Čas ISDS nelze posunout zpět.');
      offset = ms - real();
    },
    restore(offsetMs) {
      offset = offsetMs;
    },
  };
}
