import type { UradovnaDatabase } from '../../db/schema';
import { SyncEngine, type SyncEngineOptions } from '../engine';
import type { EsslPort } from '../esslPort';

type Listeners = Pick<SyncEngineOptions, 'onStatus' | 'onCorrections'>;

export interface SharedEngine {
  engine: SyncEngine;
  /** Replaced by whoever shows the status now; the engine calls through them. */
  listeners: Listeners;
  /**
   * Keeps the engine going. `fresh`: it was not running for anyone (start it);
   * `release` stops it unless it is taken again at once.
   */
  acquire(): { fresh: boolean; release: () => void };
}

const engines = new WeakMap<UradovnaDatabase, { port: EsslPort; shared: SharedEngine }>();

/**
 * One engine per database: two engines would push the same outbox side by side.
 * React may unmount and mount the app at once (StrictMode, a hot reload); the stop
 * waits a tick so such a remount keeps the running engine instead of stopping it
 * in the middle of its start run.
 */
export function sharedEngine(
  db: UradovnaDatabase,
  port: EsslPort,
  options: Omit<SyncEngineOptions, 'onStatus' | 'onCorrections'> = {},
): SharedEngine {
  const known = engines.get(db);
  if (known && known.port === port) return known.shared;
  known?.shared.engine.stop();

  const listeners: Listeners = {};
  const engine = new SyncEngine(db, port, {
    ...options,
    onStatus: (status) => listeners.onStatus?.(status),
    onCorrections: (corrections) => listeners.onCorrections?.(corrections),
  });
  let holders = 0;
  let active = false;
  let pendingStop: ReturnType<typeof setTimeout> | null = null;
  const shared: SharedEngine = {
    engine,
    listeners,
    acquire() {
      holders += 1;
      if (pendingStop !== null) clearTimeout(pendingStop);
      pendingStop = null;
      const fresh = !active;
      active = true;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        holders -= 1;
        if (holders > 0) return;
        pendingStop = setTimeout(() => {
          pendingStop = null;
          if (holders > 0) return;
          active = false;
          engine.stop();
        }, 0);
      };
      return { fresh, release };
    },
  };
  engines.set(db, { port, shared });
  return shared;
}
