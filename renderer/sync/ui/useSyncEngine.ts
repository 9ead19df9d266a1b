import { liveQuery } from 'dexie';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../common/contract/api';
import { noticeShown } from '../../app/statusSlice';
import { useAppDispatch } from '../../app/store';
import { lastSuccessLoaded, syncStatusChanged } from '../../app/syncSlice';
import type { UradovnaDatabase } from '../../db/schema';
import type { SyncReason } from '../engine';
import { getSyncMeta } from '../syncMeta';
import { ChangeTrigger } from './changeTrigger';
import { correctionNotices } from './correctionNotices';
import { sharedEngine } from './sharedEngine';
import { countPending } from './syncCounts';
import type { SyncControl } from './syncControl';

/**
 * Runs the app's one sync engine while the app is shown: a run at start, when the
 * line comes back (the browser's `online`, main's connectivity turning online), a
 * moment after a command queued work, and when a screen asks. Its status goes to the
 * store; numbers the eSSL corrected become notices the clerk must act on. Without an
 * eSSL configured the engine itself reports `notConfigured` and sends nothing.
 */
export function useSyncEngine(api: Api, db: UradovnaDatabase): SyncControl {
  const dispatch = useAppDispatch();
  const { i18n } = useTranslation();

  useEffect(() => {
    const shared = sharedEngine(db, api);
    const { engine } = shared;
    const sync = (reason: SyncReason) => {
      // A run reports its own failures through the status; nothing is left to catch here.
      engine.syncNow(reason).catch(() => undefined);
    };
    shared.listeners.onStatus = (status) => dispatch(syncStatusChanged(status));
    shared.listeners.onCorrections = (corrections) => {
      for (const text of correctionNotices(i18n.t, corrections))
        dispatch(noticeShown('warning', text));
    };
    dispatch(syncStatusChanged(engine.getStatus()));
    getSyncMeta(db, 'lastSuccessAt').then(
      (at) => {
        if (at) dispatch(lastSuccessLoaded(at));
      },
      () => undefined,
    );

    const { fresh, release } = shared.acquire();
    if (fresh) sync('start');

    const onOnline = () => sync('reconnect');
    window.addEventListener('online', onOnline);
    let online: boolean | null = null;
    const unsubscribe = api.on('connectivity.changed', (status) => {
      if (status.online && online === false) sync('reconnect');
      online = status.online;
    });

    const trigger = new ChangeTrigger(() => sync('change'));
    const subscription = liveQuery(() => countPending(db)).subscribe({
      next: (pending) => trigger.observe(pending),
      error: () => undefined,
    });

    return () => {
      subscription.unsubscribe();
      trigger.dispose();
      unsubscribe();
      window.removeEventListener('online', onOnline);
      shared.listeners.onStatus = undefined;
      shared.listeners.onCorrections = undefined;
      release();
    };
  }, [api, db, dispatch, i18n]);

  return useMemo<SyncControl>(
    () => ({
      syncNow: async (reason) => {
        await sharedEngine(db, api).engine.syncNow(reason);
      },
      ensureNumbers: () => sharedEngine(db, api).engine.ensureNumbers(),
    }),
    [api, db],
  );
}
