import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import type { Api } from '../../../common/contract/api';
import type { UradovnaDatabase } from '../../db/schema';
import { sharedRegisterRunner } from './registerRunner';

/**
 * Keeps the conversion register's queue going while the app is shown (mounted once in
 * the app shell): at start, when the line comes back, when a conversion starts waiting
 * for its number, and every minute while one waits.
 */
export function useConversionQueue(api: Api, db: UradovnaDatabase): void {
  useEffect(() => {
    const runner = sharedRegisterRunner(
      db,
      api,
      (error) =>
        void api['log.write']({
          level: 'warn',
          message: 'conversion register queue failed',
          context: { error: error instanceof Error ? error.message : String(error) },
        }).catch(() => undefined),
    );
    const run = () => void runner.run();
    run();
    window.addEventListener('online', run);
    let online: boolean | null = null;
    const unsubscribe = api.on('connectivity.changed', (status) => {
      if (status.online && online === false) run();
      online = status.online;
    });
    let known: string | null = null;
    const subscription = liveQuery(async () =>
      (
        await db.conversions.where('state').anyOf('waitingForNumber', 'numbered').primaryKeys()
      ).join(','),
    ).subscribe({
      next: (keys) => {
        if (known !== null && keys !== known && keys !== '') run();
        known = keys;
      },
      error: () => undefined,
    });
    return () => {
      subscription.unsubscribe();
      unsubscribe();
      window.removeEventListener('online', run);
      runner.stop();
    };
  }, [api, db]);
}
