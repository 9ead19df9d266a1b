import type { SyncLogEntry } from '../../common/domain/sync';
import type { UradovnaDatabase } from '../db/schema';

/** The sync log keeps this many lines; older ones go (the transaction log keeps the record). */
export const SYNC_LOG_LIMIT = 5_000;

export type SyncLogDraft = Omit<SyncLogEntry, 'seq' | 'at'> & { at?: string };

/** Appends lines; inside the caller's transaction when it includes `syncLog`. */
export async function appendSyncLog(
  db: UradovnaDatabase,
  drafts: SyncLogDraft[],
  now: Date,
): Promise<void> {
  if (drafts.length === 0) return;
  const at = now.toISOString();
  await db.syncLog.bulkAdd(drafts.map((draft) => ({ ...draft, at: draft.at ?? at })));
}

/** Drops the oldest lines beyond the limit. */
export async function pruneSyncLog(db: UradovnaDatabase, limit = SYNC_LOG_LIMIT): Promise<number> {
  const count = await db.syncLog.count();
  if (count <= limit) return 0;
  const oldest = await db.syncLog
    .orderBy('seq')
    .limit(count - limit)
    .primaryKeys();
  await db.syncLog.bulkDelete(oldest);
  return oldest.length;
}
