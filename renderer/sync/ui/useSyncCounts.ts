import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { noCounts, readSyncCounts, type SyncCounts } from './syncCounts';

/** The outbox and conflict counts, live (they change with every command and every run). */
export function useSyncCounts(): SyncCounts {
  const { db } = useServices();
  return useLiveQuery(() => readSyncCounts(db), [db], noCounts);
}
