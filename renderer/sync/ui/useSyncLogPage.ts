import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncLogEntry } from '../../../common/domain/sync';
import { useServices } from '../../app/services';
import type { UradovnaDatabase } from '../../db/schema';

/** Lines per page; the log keeps at most a few thousand (SYNC_LOG_LIMIT). */
export const SYNC_LOG_PAGE = 50;

export interface SyncLogPage {
  entries: SyncLogEntry[];
  /** The reference of each entry's record, where the record is on this device. */
  labels: Map<string, string>;
  total: number;
}

async function recordLabels(
  db: UradovnaDatabase,
  entries: SyncLogEntry[],
): Promise<Map<string, string>> {
  const ids = [...new Set(entries.map((entry) => entry.entityId).filter((id) => id !== null))];
  const [documents, caseFiles] = await Promise.all([
    db.documents.bulkGet(ids),
    db.caseFiles.bulkGet(ids),
  ]);
  const labels = new Map<string, string>();
  ids.forEach((id, index) => {
    const label = documents[index]?.referenceNumber ?? caseFiles[index]?.reference;
    if (label) labels.set(id, label);
  });
  return labels;
}

/** Reads one page of the sync log, newest first. */
export async function readSyncLogPage(
  db: UradovnaDatabase,
  page: number,
  size = SYNC_LOG_PAGE,
): Promise<SyncLogPage> {
  const [total, entries] = await Promise.all([
    db.syncLog.count(),
    db.syncLog
      .orderBy('seq')
      .reverse()
      .offset(page * size)
      .limit(size)
      .toArray(),
  ]);
  return { entries, labels: await recordLabels(db, entries), total };
}

/** The page, live: a run's new lines show up as they are written. */
export function useSyncLogPage(page: number): SyncLogPage | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readSyncLogPage(db, page), [db, page]);
}
