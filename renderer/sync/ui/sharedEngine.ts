import { createEngineHolds, type EngineHold } from '../../app/engineHolds';
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
  acquire(): EngineHold;
}

const engines = new WeakMap<UradovnaDatabase, { port: EsslPort; shared: SharedEngine }>();

/**
 * One engine per database: two engines would push the same outbox side by side
 * (a remount keeps the running one, see createEngineHolds).
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
  const shared: SharedEngine = {
    engine,
    listeners,
    acquire: createEngineHolds(() => engine.stop()).acquire,
  };
  engines.set(db, { port, shared });
  return shared;
}
