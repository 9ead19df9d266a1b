import type { UradovnaDatabase } from '../db/schema';
import { backoffDelay } from './backoff';
import { SyncStop, syncErrorOf, type EsslPort, type SyncError } from './esslPort';
import { pullChanges, type PullReport } from './pull/pullChanges';
import { pushOutbox, type PushReport } from './push/pushOutbox';
import { freeCount, refillNumbers } from './numbers/refillNumbers';
import { officeYear } from '../../common/domain/time';
import { getSyncMeta, putSyncMeta } from './syncMeta';
import { appendSyncLog, pruneSyncLog } from './syncLog';
import { initialSyncStatus, type SyncStatus } from './syncStatus';

/** A run every few minutes keeps the device close to the eSSL without burdening it. */
export const SYNC_INTERVAL_MS = 3 * 60_000;

export type SyncReason = 'start' | 'interval' | 'reconnect' | 'user' | 'change' | 'retry';

export interface RunReport {
  ok: boolean;
  push: PushReport | null;
  pull: PullReport | null;
  error: SyncError | null;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEngineOptions {
  now?: () => Date;
  onStatus?: (status: SyncStatus) => void;
  /** Told once per run about numbers the eSSL corrected (the user must rewrite them on paper). */
  onCorrections?: (corrections: Array<{ from: string; to: string }>) => void;
  timers?: Timers;
  intervalMs?: number;
  random?: () => number;
}

/**
 * Runs sync: reserved numbers topped up, the outbox pushed, the eSSL's changes
 * pulled — on start, on reconnect, every few minutes, after local changes and when
 * the user asks. One run at a time; a request during a run starts one more after it.
 * After a failure to reach the eSSL it retries with backoff; after a refused login it
 * waits for the regular interval (trying a wrong password faster would only lock the
 * account).
 */
export class SyncEngine {
  private status: SyncStatus = { ...initialSyncStatus };
  private running: Promise<RunReport> | null = null;
  private again = false;
  private failures = 0;
  private timer: unknown = null;
  private stopped = false;
  /** Whether the last run found an eSSL configured; null before the first run. */
  private configured: boolean | null = null;
  private readonly now: () => Date;
  private readonly timers: Timers;

  constructor(
    private readonly db: UradovnaDatabase,
    private readonly port: EsslPort,
    private readonly options: SyncEngineOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  /** Starts a run now (or right after the current one) and resolves with its report. */
  syncNow(reason: SyncReason = 'user'): Promise<RunReport> {
    // A request after stop() starts the engine again, also while the last run ends.
    this.stopped = false;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.exclusively(() => this.run(reason)).finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.syncNow('change');
      }
    });
    return this.running;
  }

  /**
   * Before a registration: when the device holds no reserved number of this year and
   * the eSSL was not found unreachable, starts a run (numbers come first in it) and
   * waits up to `timeoutMs` for them — so an online clerk gets a final number, not a
   * provisional one, also right after the app started. Offline it returns at once.
   */
  async ensureNumbers(timeoutMs = 4_000): Promise<void> {
    const year = officeYear(this.now());
    const has = async () => (await freeCount(this.db, 'documents', year)) > 0;
    if (await has()) return;
    // No eSSL to ask (a municipality numbering on its own): nothing to wait for.
    if (this.configured === false) return;
    if ((await getSyncMeta(this.db, 'reservations')) === false) return;
    if (this.status.phase === 'offline' || this.status.phase === 'error') return;
    void this.syncNow('change');
    const deadline = Date.now() + timeoutMs;
    for (let running = this.running; running && Date.now() < deadline; running = this.running) {
      if (await has()) return;
      // Back as soon as the run ends (it may have found nothing to ask), else look again.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        running.catch(() => undefined),
        new Promise((resolve) => (timer = globalThis.setTimeout(resolve, 50))),
      ]);
      globalThis.clearTimeout(timer);
    }
  }

  /** Stops scheduling (the app closes, the settings change); a run in progress finishes. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Two windows of the app on one database would push the same outbox side by side:
   * the browser's Web Locks let one of them run at a time (where there are none —
   * Node in tests — the single engine per database is enough). The other window's
   * run waits for the lock, then finds little left to do.
   */
  private exclusively(work: () => Promise<RunReport>): Promise<RunReport> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return work();
    // The callback's promise is awaited by the lock; `then` unwraps the typing of it.
    return locks.request(`uradovna-sync:${this.db.name}`, () => work()).then((report) => report);
  }

  private update(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    this.options.onStatus?.(this.status);
  }

  private schedule(ms: number, reason: SyncReason): void {
    if (this.stopped) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.update({ nextRunAt: new Date(this.now().getTime() + ms).toISOString() });
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.syncNow(reason);
    }, ms);
  }

  private async run(_reason: SyncReason): Promise<RunReport> {
    const interval = this.options.intervalMs ?? SYNC_INTERVAL_MS;
    let account;
    try {
      account = await this.port['essl.account']({});
    } catch (error) {
      return this.failed(syncErrorOf(error), interval);
    }
    this.configured = Boolean(account.url && account.user);
    if (!account.url || !account.user) {
      this.update({ phase: 'notConfigured', step: null, lastError: null });
      return { ok: false, push: null, pull: null, error: null };
    }
    this.update({ phase: 'syncing', step: 'numbers', done: 0, total: 0 });
    let push: PushReport | null = null;
    let pull: PullReport | null = null;
    try {
      await refillNumbers(this.db, this.port, this.now());
      // Reached: from now on numbers come from the eSSL (reserved, or provisional).
      if ((await getSyncMeta(this.db, 'numberSource')) !== 'essl')
        await putSyncMeta(this.db, 'numberSource', 'essl');
      const pullOptions = {
        now: this.now,
        account: { user: account.user, name: account.user },
        onProgress: (pages: number, entries: number) =>
          this.update({ done: entries, total: pages }),
      };
      // Pull first: an edit made here is held as a conflict when the eSSL changed the
      // same document meanwhile, instead of overwriting the eSSL's version on push.
      this.update({ step: 'pull', done: 0, total: 0 });
      pull = await pullChanges(this.db, this.port, pullOptions);
      this.update({ step: 'push', done: 0, total: 0 });
      push = await pushOutbox(this.db, this.port, {
        now: this.now,
        onProgress: (done, total) => this.update({ done, total }),
      });
      if (push.corrections.length > 0) this.options.onCorrections?.(push.corrections);
      if (push.sent > 0) {
        // What the eSSL made of the pushed work (its change times, its state) comes back now.
        this.update({ step: 'pull', done: 0, total: 0 });
        const after = await pullChanges(this.db, this.port, pullOptions);
        pull = {
          pages: pull.pages + after.pages,
          created: pull.created + after.created,
          updated: pull.updated + after.updated,
          conflicts: pull.conflicts + after.conflicts,
        };
      }
      // Registrations of this run used numbers; top up while the line is there.
      await refillNumbers(this.db, this.port, this.now());
    } catch (error) {
      const failure = error instanceof SyncStop ? error.error : syncErrorOf(error);
      const report = this.failed(failure, interval);
      return { ...report, push, pull };
    }
    const at = this.now().toISOString();
    await putSyncMeta(this.db, 'lastSuccessAt', at);
    await pruneSyncLog(this.db);
    this.failures = 0;
    this.update({
      phase: 'idle',
      step: null,
      done: 0,
      total: 0,
      lastSuccessAt: at,
      lastError: null,
    });
    this.schedule(interval, 'interval');
    return { ok: true, push, pull, error: null };
  }

  private failed(failure: SyncError, interval: number): RunReport {
    this.failures += 1;
    const unreachable = failure.retryable;
    this.update({
      phase: unreachable ? 'offline' : 'error',
      step: null,
      lastError: { code: failure.code, message: failure.description ?? failure.message },
    });
    void appendSyncLog(
      this.db,
      [
        {
          kind: 'failure',
          level: unreachable ? 'warn' : 'error',
          key: unreachable ? 'sync.log.unreachable' : 'sync.log.stopped',
          params: { reason: failure.description ?? failure.message },
          entityId: null,
        },
      ],
      this.now(),
    ).catch(() => undefined);
    this.schedule(
      unreachable ? Math.min(backoffDelay(this.failures, this.options.random), interval) : interval,
      'retry',
    );
    return { ok: false, push: null, pull: null, error: failure };
  }
}
