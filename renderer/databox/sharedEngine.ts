import { createEngineHolds, type EngineHold } from '../app/engineHolds';
import type { Api } from '../../common/contract/api';
import type { UradovnaDatabase } from '../db/schema';
import { DataboxEngine, type DataboxEngineOptions } from './engine';
import { portFromApi } from './port';

export interface SharedDataboxEngine {
  engine: DataboxEngine;
  /**
   * Keeps the engine's schedule going. `fresh`: nobody held it (start it); `release`
   * stops it unless it is taken again at once (a React remount).
   */
  acquire(): EngineHold;
}

const engines = new WeakMap<UradovnaDatabase, { api: Api; shared: SharedDataboxEngine }>();

/** One data-box engine per database: two would send the same queued message side by side. */
export function sharedDataboxEngine(
  db: UradovnaDatabase,
  api: Api,
  options: Omit<DataboxEngineOptions, 'onStatus'> = {},
): SharedDataboxEngine {
  const known = engines.get(db);
  if (known && known.api === api) return known.shared;
  known?.shared.engine.stop();

  const engine = new DataboxEngine(db, portFromApi(api), options);
  const shared: SharedDataboxEngine = {
    engine,
    acquire: createEngineHolds(() => engine.stop()).acquire,
  };
  engines.set(db, { api, shared });
  return shared;
}
