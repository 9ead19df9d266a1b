import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { getSyncMeta } from '../sync/syncMeta';

/** Whether the PC's numbers come from the eSSL (connected) or from its own counters. */
export function useNumberSource(): 'essl' | 'local' | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await getSyncMeta(db, 'numberSource')) ?? 'local', [db]);
}
