import { liveQuery } from 'dexie';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Api } from '../../common/contract/api';
import type { UradovnaDatabase } from '../db/schema';
import type { SendReport } from './dispatch/sendQueued';
import { ISDS_SEND_KIND } from './dispatch/sendEntry';
import type { DataboxStatus } from './engine';
import type { ReceiveReport } from './receive/receiveMessages';
import { sharedDataboxEngine } from './sharedEngine';
import type { TrackReport } from './tracking/trackDelivery';

export interface DataboxControl {
  status: DataboxStatus;
  /** "Stáhnout zprávy" for the named boxes (all when none). */
  receive(boxKeys?: ReadonlyArray<string>): Promise<ReceiveReport>;
  sendQueued(): Promise<SendReport>;
  track(boxKeys?: ReadonlyArray<string>): Promise<TrackReport>;
  cancel(): void;
}

/** The app's one data-box engine and its status (for the data-box screens). */
export function useDataboxEngine(api: Api, db: UradovnaDatabase): DataboxControl {
  const { engine } = sharedDataboxEngine(db, api);
  const status = useSyncExternalStore(engine.subscribe, engine.getStatus);
  return useMemo(
    () => ({
      status,
      receive: (boxKeys) => engine.receive(boxKeys, 'user'),
      sendQueued: () => engine.sendQueued('user'),
      track: (boxKeys) => engine.track(boxKeys),
      cancel: () => engine.cancel(),
    }),
    [engine, status],
  );
}

/**
 * Keeps the engine's schedule while the app is shown (mount once, in the app shell):
 * queued messages go out at start, when the line comes back (the browser's `online`,
 * main's connectivity turning online) and a moment after one is queued; boxes behind
 * the gateway with auto-poll on are asked on their schedule.
 */
export function useDataboxSchedule(api: Api, db: UradovnaDatabase): void {
  useEffect(() => {
    const shared = sharedDataboxEngine(db, api);
    const { engine } = shared;
    const { fresh, release } = shared.acquire();
    if (fresh) void engine.start();
    const send = () => void engine.reconnect().catch(() => undefined);
    window.addEventListener('online', send);
    let online: boolean | null = null;
    const unsubscribe = api.on('connectivity.changed', (status) => {
      if (status.online && online === false) send();
      online = status.online;
    });
    // A message queued now goes out now (when the line is there).
    let known: number | null = null;
    const subscription = liveQuery(() =>
      db.outbox.where('kind').equals(ISDS_SEND_KIND).count(),
    ).subscribe({
      next: (count) => {
        if (known !== null && count > known) engine.sendQueued('queued').catch(() => undefined);
        known = count;
      },
      error: () => undefined,
    });
    return () => {
      subscription.unsubscribe();
      unsubscribe();
      window.removeEventListener('online', send);
      release();
    };
  }, [api, db]);
}
