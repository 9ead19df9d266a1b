import type { Api } from '../../common/contract/api';
import { methodNames } from '../../common/contract/methods';
import type { EsslPort } from '../../renderer/sync/esslPort';

/** Per key: how often and how long. Keys are contract methods, and `after <method>`. */
export type CallStats = Record<string, { calls: number; ms: number }>;

/**
 * The contract's `essl.*` of `api` as the engine's port, timed: each call under its
 * method name, and the page's own work between the end of one call and the start of
 * the next under `after <method>` (the engine calls one at a time, so what follows a
 * call is what the engine does with its answer: Dexie transactions, mapping).
 */
export class TimedPort {
  readonly stats: CallStats = {};
  readonly port: EsslPort;
  private lastEnd: number | null = null;
  private lastName = 'start';

  constructor(api: Api) {
    const port: Record<string, (args: unknown) => Promise<unknown>> = {};
    for (const name of methodNames) {
      if (!name.startsWith('essl.')) continue;
      const call = api[name] as (args: unknown) => Promise<unknown>;
      port[name] = async (args) => {
        const started = performance.now();
        this.closeGap(started);
        try {
          return await call(args);
        } finally {
          const ended = performance.now();
          this.add(name, ended - started);
          this.lastEnd = ended;
          this.lastName = name;
        }
      };
    }
    this.port = port as unknown as EsslPort;
  }

  /** Starts a measured step: the counts so far are dropped. */
  reset(): void {
    for (const key of Object.keys(this.stats)) delete this.stats[key];
    this.lastEnd = performance.now();
    this.lastName = 'start';
  }

  /** Ends a measured step: the work after the last call is counted too. */
  finish(): CallStats {
    this.closeGap(performance.now());
    this.lastEnd = null;
    const round = (value: number) => Math.round(value * 10) / 10;
    return Object.fromEntries(
      Object.entries(this.stats).map(([key, entry]) => [
        key,
        { calls: entry.calls, ms: round(entry.ms) },
      ]),
    );
  }

  /** Time waiting on the contract (all methods, no `after` keys). */
  waitingMs(): number {
    return Object.entries(this.stats)
      .filter(([key]) => !key.startsWith('after '))
      .reduce((sum, [, entry]) => sum + entry.ms, 0);
  }

  private closeGap(now: number): void {
    if (this.lastEnd !== null) this.add(`after ${this.lastName}`, now - this.lastEnd);
    this.lastEnd = null;
  }

  private add(key: string, ms: number): void {
    const entry = (this.stats[key] ??= { calls: 0, ms: 0 });
    entry.calls += 1;
    entry.ms += ms;
  }
}
