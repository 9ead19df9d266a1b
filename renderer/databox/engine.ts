import type { IsdsBoxInfo } from '../../common/contract/isds';
import type { UradovnaDatabase } from '../db/schema';
import { sendQueued, type SendReport } from './dispatch/sendQueued';
import { databoxErrorOf, type DataboxError, type DataboxPort } from './port';
import {
  receiveMessages,
  type ReceiveProgress,
  type ReceiveReport,
} from './receive/receiveMessages';
import { trackDelivery, type TrackReport } from './tracking/trackDelivery';

export type DataboxPhase = 'idle' | 'receiving' | 'sending' | 'tracking';

export interface BoxProblem {
  code: string;
  message: string;
  at: string;
}

/** What the data-box screens show of the engine. */
export interface DataboxStatus {
  phase: DataboxPhase;
  /** While receiving: the box and how far it got. */
  progress: ReceiveProgress | null;
  lastReceive: ReceiveReport | null;
  lastSend: SendReport | null;
  lastTrack: TrackReport | null;
  /** The last problem of each box (login refused, no line, …), cleared by its next success. */
  boxErrors: Record<string, BoxProblem>;
  /** Queued messages still waiting after the last send. */
  waiting: number;
  lastRunAt: string | null;
}

export const initialDataboxStatus: DataboxStatus = {
  phase: 'idle',
  progress: null,
  lastReceive: null,
  lastSend: null,
  lastTrack: null,
  boxErrors: {},
  waiting: 0,
  lastRunAt: null,
};

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DataboxEngineOptions {
  now?: () => Date;
  timers?: Timers;
  onStatus?: (status: DataboxStatus) => void;
}

export type DataboxReason = 'user' | 'start' | 'reconnect' | 'schedule' | 'queued';

/**
 * Runs the data boxes' work one piece at a time: receiving (only when the clerk asks,
 * or on a schedule for boxes reached through the ORP's gateway with auto-poll on —
 * asking ISDS itself is a login in the legal sense), sending queued messages (on start,
 * on reconnect, after queuing), and following their delivery after each. Two windows
 * of the app share the work through a Web Lock.
 */
export class DataboxEngine {
  private status: DataboxStatus = initialDataboxStatus;
  private readonly listeners = new Set<(status: DataboxStatus) => void>();
  private tail: Promise<unknown> = Promise.resolve();
  private pendingSend: Promise<SendReport> | null = null;
  private controller: AbortController | null = null;
  private readonly polls = new Map<string, unknown>();
  private stopped = false;
  private readonly now: () => Date;
  private readonly timers: Timers;

  constructor(
    private readonly db: UradovnaDatabase,
    private readonly port: DataboxPort,
    private readonly options: DataboxEngineOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  getStatus = (): DataboxStatus => this.status;

  /** For useSyncExternalStore: called with every new status. */
  subscribe = (listener: (status: DataboxStatus) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** "Stáhnout zprávy": the named boxes (all when none), then their sent messages' delivery. */
  receive(
    boxKeys?: ReadonlyArray<string>,
    _reason: DataboxReason = 'user',
  ): Promise<ReceiveReport> {
    return this.enqueue(async (signal) => {
      this.update({ phase: 'receiving', progress: null });
      const report = await receiveMessages(this.db, this.port, {
        boxKeys,
        signal,
        now: this.now,
        onProgress: (progress) => this.update({ progress }),
      });
      const problems = { ...this.status.boxErrors };
      for (const box of report.boxes) this.note(problems, box.boxKey, box.error);
      this.update({ lastReceive: report, progress: null, boxErrors: problems });
      await this.trackIn(signal, boxKeys);
      return report;
    });
  }

  /**
   * Sends what waits in the outbox, then follows its delivery. Requests while one waits
   * to start join it (a reconnect and a new queued message need one run, not two).
   */
  sendQueued(_reason: DataboxReason = 'user'): Promise<SendReport> {
    if (this.pendingSend) return this.pendingSend;
    const run = this.enqueue(async (signal) => {
      this.pendingSend = null;
      this.update({ phase: 'sending', progress: null });
      const report = await sendQueued(this.db, this.port, { signal, now: this.now });
      const problems = { ...this.status.boxErrors };
      for (const [boxKey, error] of Object.entries(report.boxErrors))
        this.note(problems, boxKey, error);
      for (const sent of report.sent) this.note(problems, sent.boxKey, null);
      this.update({ lastSend: report, waiting: report.waiting, boxErrors: problems });
      if (report.sent.length > 0)
        await this.trackIn(signal, [...new Set(report.sent.map((sent) => sent.boxKey))]);
      return report;
    });
    this.pendingSend = run;
    return run;
  }

  /** Follows the delivery of sent messages (all boxes, or the named ones). */
  track(boxKeys?: ReadonlyArray<string>): Promise<TrackReport> {
    return this.enqueue((signal) => this.trackIn(signal, boxKeys));
  }

  /** Cancels the run under way (what it stored stays). */
  cancel(): void {
    this.controller?.abort();
  }

  /**
   * Starts the schedule: queued messages go out now, and boxes behind the gateway with
   * auto-poll on are asked every `pollMinutes`.
   */
  async start(): Promise<void> {
    this.stopped = false;
    void this.sendQueued('start').catch(() => undefined);
    let boxes: IsdsBoxInfo[];
    try {
      ({ boxes } = await this.port['isds.boxes']({}));
    } catch {
      return;
    }
    this.schedulePolls(boxes);
  }

  /** The line is back: what waits goes out. */
  reconnect(): Promise<SendReport> {
    return this.sendQueued('reconnect');
  }

  /** Stops the schedule; a run under way finishes. */
  stop(): void {
    this.stopped = true;
    for (const handle of this.polls.values()) this.timers.clearTimeout(handle);
    this.polls.clear();
  }

  /** Re-reads the boxes' schedule (after the settings changed). */
  schedulePolls(boxes: ReadonlyArray<IsdsBoxInfo>): void {
    for (const handle of this.polls.values()) this.timers.clearTimeout(handle);
    this.polls.clear();
    if (this.stopped) return;
    for (const box of boxes) {
      if (!box.viaGateway || !box.autoPoll) continue;
      const poll = () => {
        this.polls.delete(box.key);
        if (this.stopped) return;
        void this.receive([box.key], 'schedule')
          .catch(() => undefined)
          .finally(() => {
            if (!this.stopped && !this.polls.has(box.key))
              this.polls.set(box.key, this.timers.setTimeout(poll, box.pollMinutes * 60_000));
          });
      };
      this.polls.set(box.key, this.timers.setTimeout(poll, box.pollMinutes * 60_000));
    }
  }

  /** Boxes with an auto-poll timer (for tests and the settings screen). */
  get scheduledBoxes(): string[] {
    return [...this.polls.keys()];
  }

  private async trackIn(
    signal: AbortSignal,
    boxKeys?: ReadonlyArray<string>,
  ): Promise<TrackReport> {
    this.update({ phase: 'tracking', progress: null });
    const report = await trackDelivery(this.db, this.port, { boxKeys, signal, now: this.now });
    const problems = { ...this.status.boxErrors };
    for (const [boxKey, error] of Object.entries(report.boxErrors))
      this.note(problems, boxKey, error);
    this.update({ lastTrack: report, boxErrors: problems });
    return report;
  }

  private note(problems: Record<string, BoxProblem>, boxKey: string, error: DataboxError | null) {
    if (error)
      problems[boxKey] = {
        code: error.code,
        message: error.description ?? error.message,
        at: this.now().toISOString(),
      };
    else delete problems[boxKey];
  }

  /** One run at a time, in the order asked; across windows by a Web Lock. */
  private enqueue<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const controller = new AbortController();
      this.controller = controller;
      try {
        return await this.exclusively(() => work(controller.signal));
      } catch (error) {
        const failure = databoxErrorOf(error);
        this.update({
          boxErrors: {
            ...this.status.boxErrors,
            '*': { code: failure.code, message: failure.message, at: this.now().toISOString() },
          },
        });
        throw error;
      } finally {
        this.controller = null;
        this.update({ phase: 'idle', progress: null, lastRunAt: this.now().toISOString() });
      }
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private exclusively<T>(work: () => Promise<T>): Promise<T> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return work();
    return locks.request(`uradovna-databox:${this.db.name}`, () => work()).then((value) => value);
  }

  private update(patch: Partial<DataboxStatus>): void {
    this.status = { ...this.status, ...patch };
    this.options.onStatus?.(this.status);
    for (const listener of this.listeners) listener(this.status);
  }
}
