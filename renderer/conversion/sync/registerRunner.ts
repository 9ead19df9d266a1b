import type { UradovnaDatabase } from '../../db/schema';
import {
  runRegisterQueue,
  type RegisterQueuePort,
  type RegisterQueueReport,
} from './registerQueue';

/** How long the queue waits before asking an unreachable register again. */
export const REGISTER_RETRY_MS = 60_000;

/**
 * One runner per database: two runs side by side would ask for the same numbers twice
 * (harmless — the register is idempotent — but they would race to keep the clause).
 * A request while a run is going is remembered and done right after it.
 */
export class RegisterRunner {
  private running: Promise<RegisterQueueReport> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly db: UradovnaDatabase,
    private readonly port: RegisterQueuePort,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Runs the queue now (or right after the current run); keeps asking while something waits. */
  run(): Promise<RegisterQueueReport> {
    this.stopped = false;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async loop(): Promise<RegisterQueueReport> {
    let report: RegisterQueueReport;
    do {
      this.again = false;
      report = await runRegisterQueue(this.db, this.port).catch((error: unknown) => {
        this.onError(error);
        return { numbered: 0, refused: 0, waiting: 1, clauses: 0, unreachable: null };
      });
    } while (this.again && !this.stopped);
    this.schedule(report);
    return report;
  }

  private schedule(report: RegisterQueueReport): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped || report.waiting === 0) return;
    this.timer = setTimeout(() => void this.run(), REGISTER_RETRY_MS);
  }
}

const runners = new WeakMap<
  UradovnaDatabase,
  { port: RegisterQueuePort; runner: RegisterRunner }
>();

export function sharedRegisterRunner(
  db: UradovnaDatabase,
  port: RegisterQueuePort,
  onError?: (error: unknown) => void,
): RegisterRunner {
  const known = runners.get(db);
  if (known && known.port === port) return known.runner;
  known?.runner.stop();
  const runner = new RegisterRunner(db, port, onError);
  runners.set(db, { port, runner });
  return runner;
}
