import { isOtherServiceOutboxKind } from '../../db/outbox';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConflictRecord } from '../../../common/domain/sync';
import { useServices } from '../../app/services';
import type { OutboxEntry } from '../../db/schema';
import { entryTarget, type EntryTarget } from './entryTarget';

export interface FailedRow {
  entry: OutboxEntry;
  target: EntryTarget;
}

/** Refused outbox entries in the order they were queued, with the records they are about. */
export function useFailedEntries(): FailedRow[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const entries = await db.outbox
      .filter((entry) => entry.state === 'failed' && !isOtherServiceOutboxKind(entry.kind))
      .toArray();
    return Promise.all(
      entries.map(async (entry) => ({ entry, target: await entryTarget(db, entry) })),
    );
  }, [db]);
}

/** Conflicts waiting for the clerk, oldest first. */
export function useOpenConflicts(): ConflictRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => await db.conflicts.where('state').equals('open').sortBy('detectedAt'),
    [db],
  );
}
