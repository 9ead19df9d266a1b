import type { SyncCursor } from '../../common/domain/sync';
import type { UradovnaDatabase } from '../db/schema';

/** Typed keys of the sync engine's small values. */
export interface SyncMetaShape {
  /** `essl` once the device is connected to an eSSL: numbers come from its reservations. */
  numberSource: 'essl' | 'local';
  /** Whether the eSSL offers the reservation extension (null: not asked yet). */
  reservations: boolean | null;
  /** The pull's position (see SyncCursor). */
  cursor: SyncCursor;
  /** Last complete sync (push and pull), ISO, our clock (shown to the user). */
  lastSuccessAt: string;
  [key: `provisional/${string}`]: number;
  /** The id of a reservation asked for and not yet stored (reused on retry: same block). */
  [key: `reservation/${string}`]: string;
}

export type SyncMetaKey = keyof SyncMetaShape;

export async function getSyncMeta<K extends SyncMetaKey>(
  db: UradovnaDatabase,
  key: K,
): Promise<SyncMetaShape[K] | undefined> {
  const row = await db.syncMeta.get(key);
  return row?.value as SyncMetaShape[K] | undefined;
}

export async function putSyncMeta<K extends SyncMetaKey>(
  db: UradovnaDatabase,
  key: K,
  value: SyncMetaShape[K],
): Promise<void> {
  await db.syncMeta.put({ key, value });
}
