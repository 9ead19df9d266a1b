import type { SimLogger } from '../http/logger';
import { DAY_MS, type IsdsClock } from './clock';
import type { IsdsCore } from './handlers';
import { readIsdsLog } from './persistence';
import type { SealAuthority } from './seal';
import { seedMessages } from './seedMessages';
import { IsdsStore } from './store';
import type { SimBox } from './types';

export interface IsdsCoreOptions {
  boxes: ReadonlyArray<SimBox>;
  today: Date;
  seed: number;
  clock: IsdsClock;
  dataDir: string | null;
  seal: () => Promise<SealAuthority>;
  logger: SimLogger;
}

/** The demo's passwords expire this long after the seed's "today" (GetPasswordInfo). */
export const PASSWORD_VALIDITY_MS = 90 * DAY_MS;

/** Builds the simulated ISDS's state: the seeded history, then every change the log kept. */
export function buildIsdsCore(options: IsdsCoreOptions): IsdsCore {
  const began = performance.now();
  const store = new IsdsStore(options.boxes);
  seedMessages(store, options.boxes, options.today.getTime(), options.seed);
  let replayed = 0;
  if (options.dataDir) {
    const { records, droppedTail } = readIsdsLog(options.dataDir);
    for (const record of records) {
      const offset = store.apply(record);
      if (offset !== null) options.clock.restore(offset);
    }
    replayed = records.length;
    if (droppedTail)
      options.logger.warn('isds.log.tailDropped', {
        reason: 'Poslední řádek záznamu změn ISDS byl neúplný; zahozen.',
      });
  }
  options.logger.info('isds.ready', {
    boxes: store.boxes.size,
    messages: store.messages.size,
    replayed,
    ms: Math.round(performance.now() - began),
  });
  return {
    store,
    clock: options.clock,
    seal: options.seal,
    passwordExpiresAt: options.today.getTime() + PASSWORD_VALIDITY_MS,
    timestamps: new Map(),
  };
}
