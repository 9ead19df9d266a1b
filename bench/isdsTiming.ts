/**
 * Call times for the data-box figures, kept the same way in the page (the contract as
 * the engines call it) and in Node (main's handlers). The engines keep several calls
 * under way at once (receive downloads four ahead), so a plain sum of call times
 * counts overlapping time more than once; beside it each method also gets its busy
 * time — the time at least one of its calls was under way — and so does `*`, all
 * methods together. Pure TypeScript: the bench page imports it too.
 */

export interface CallFigures {
  calls: number;
  /** Sum of the calls' durations. */
  sumMs: number;
  /** Time at least one call was under way. */
  busyMs: number;
}

/** Per method, and `*` for any of them. */
export type CallTable = Record<string, CallFigures>;

export const ANY_CALL = '*';

interface Clock {
  figures: CallFigures;
  running: number;
  since: number;
}

export class CallTimer {
  private clocks = new Map<string, Clock>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** `call` timed under `name` (and under `*`). */
  wrap<A extends unknown[], R>(
    name: string,
    call: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R> {
    return async (...args: A) => {
      const started = this.now();
      this.enter(name, started);
      this.enter(ANY_CALL, started);
      try {
        return await call(...args);
      } finally {
        const ended = this.now();
        this.leave(name, ended, ended - started);
        this.leave(ANY_CALL, ended, ended - started);
      }
    };
  }

  /** The figures so far; counting starts afresh. Calls still under way count from now on. */
  take(): CallTable {
    const at = this.now();
    const table: CallTable = {};
    for (const [name, clock] of this.clocks) {
      const busyMs = clock.figures.busyMs + (clock.running > 0 ? at - clock.since : 0);
      table[name] = { ...clock.figures, busyMs };
      clock.figures = { calls: 0, sumMs: 0, busyMs: 0 };
      clock.since = at;
    }
    return table;
  }

  private enter(name: string, at: number): void {
    let clock = this.clocks.get(name);
    if (!clock) {
      clock = { figures: { calls: 0, sumMs: 0, busyMs: 0 }, running: 0, since: at };
      this.clocks.set(name, clock);
    }
    if (clock.running === 0) clock.since = at;
    clock.running += 1;
  }

  private leave(name: string, at: number, ms: number): void {
    const clock = this.clocks.get(name);
    if (!clock) return;
    clock.running -= 1;
    clock.figures.calls += 1;
    clock.figures.sumMs += ms;
    if (clock.running === 0) clock.figures.busyMs += at - clock.since;
  }
}
