import type { AppConfig, UpdateStatus } from '../../common/contract/types';
import type { EventSink } from '../services/handlers';
import type { Logger } from '../services/log/logger';

export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** The part of electron-updater's `autoUpdater` the controller drives. */
export interface UpdaterEngine {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(event: 'update-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (info: { percent: number }) => void): unknown;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdaterTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface UpdateControllerDeps {
  /** Called only when a check is really due, so development never even loads the engine. */
  createEngine: () => UpdaterEngine;
  isPackaged: boolean;
  getConfig: () => Promise<AppConfig>;
  events: EventSink;
  logger: Logger;
  timers?: UpdaterTimers;
}

const systemTimers: UpdaterTimers = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

function status(
  state: UpdateStatus['state'],
  fields: Partial<Omit<UpdateStatus, 'state'>> = {},
): UpdateStatus {
  return { state, reason: null, version: null, percent: null, ...fields };
}

function sameStatus(a: UpdateStatus, b: UpdateStatus): boolean {
  return (
    a.state === b.state &&
    a.reason === b.reason &&
    a.version === b.version &&
    a.percent === b.percent
  );
}

/**
 * Background updates from the ORP's feed (electron-updater, generic provider). It
 * checks at start and every six hours, downloads on its own, and installs only when
 * the user says so: a clerk in the middle of registering a letter is never restarted.
 * It stays silent in development and while no feed is configured.
 */
export class UpdateController {
  private current: UpdateStatus = status('idle');
  private engine: UpdaterEngine | null = null;
  private feedUrl: string | null = null;
  private interval: unknown = null;
  private running: Promise<UpdateStatus> | null = null;
  private readonly timers: UpdaterTimers;

  constructor(private readonly deps: UpdateControllerDeps) {
    this.timers = deps.timers ?? systemTimers;
  }

  getStatus(): UpdateStatus {
    return this.current;
  }

  /** The first check, and the six-hourly schedule (which re-reads the configuration each time). */
  async start(): Promise<UpdateStatus> {
    if (!this.deps.isPackaged) {
      this.setStatus(status('disabled', { reason: 'development' }));
      return this.current;
    }
    if (this.interval === null) {
      this.interval = this.timers.setInterval(() => {
        void this.check();
      }, UPDATE_CHECK_INTERVAL_MS);
    }
    return this.check();
  }

  stop(): void {
    if (this.interval !== null) this.timers.clearInterval(this.interval);
    this.interval = null;
  }

  /** A check now (also what the settings screen's button calls). */
  check(): Promise<UpdateStatus> {
    this.running ??= this.runCheck().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Restarts into the downloaded version; refused unless one is ready. */
  restartAndInstall(): boolean {
    if (this.current.state !== 'ready' || !this.engine) return false;
    this.deps.logger.info('update: restarting to install', { version: this.current.version ?? '' });
    this.engine.quitAndInstall();
    return true;
  }

  private async runCheck(): Promise<UpdateStatus> {
    if (!this.deps.isPackaged) {
      this.setStatus(status('disabled', { reason: 'development' }));
      return this.current;
    }
    // A downloaded update waits for the user; checking again would only download it again.
    if (this.current.state === 'ready' || this.current.state === 'downloading') return this.current;

    let feedUrl: string | null;
    try {
      feedUrl = (await this.deps.getConfig()).updateFeedUrl;
    } catch (error) {
      this.setStatus(status('error', { reason: describe(error) }));
      return this.current;
    }
    if (!feedUrl) {
      this.setStatus(status('disabled', { reason: 'noFeed' }));
      return this.current;
    }

    const engine = this.prepareEngine(feedUrl);
    this.setStatus(status('checking'));
    try {
      await engine.checkForUpdates();
    } catch (error) {
      this.deps.logger.warn('update: check failed', { error: describe(error) });
      this.setStatus(status('error', { reason: describe(error) }));
    }
    return this.current;
  }

  private prepareEngine(feedUrl: string): UpdaterEngine {
    if (!this.engine) {
      const engine = this.deps.createEngine();
      engine.autoDownload = true;
      engine.autoInstallOnAppQuit = false;
      this.listen(engine);
      this.engine = engine;
    }
    if (this.feedUrl !== feedUrl) {
      this.engine.setFeedURL({ provider: 'generic', url: feedUrl });
      this.feedUrl = feedUrl;
      this.deps.logger.info('update: feed set', { url: feedUrl });
    }
    return this.engine;
  }

  private listen(engine: UpdaterEngine): void {
    engine.on('checking-for-update', () => this.setStatus(status('checking')));
    engine.on('update-available', (info) =>
      this.setStatus(status('downloading', { version: info.version, percent: 0 })),
    );
    engine.on('download-progress', (progress) =>
      this.setStatus(
        status('downloading', {
          version: this.current.version,
          percent: Math.max(0, Math.min(100, Math.round(progress.percent))),
        }),
      ),
    );
    engine.on('update-downloaded', (info) => {
      this.deps.logger.info('update: downloaded', { version: info.version });
      this.setStatus(status('ready', { version: info.version }));
    });
    engine.on('update-not-available', () => this.setStatus(status('upToDate')));
    engine.on('error', (error) => {
      this.deps.logger.warn('update: failed', { error: describe(error) });
      this.setStatus(status('error', { reason: describe(error) }));
    });
  }

  private setStatus(next: UpdateStatus): void {
    if (sameStatus(this.current, next)) return;
    this.current = next;
    this.deps.events.emit('update.status', next);
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
