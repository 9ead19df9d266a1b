import { useLiveQuery } from 'dexie-react-hooks';
import type { DataMessageRecord } from '../../common/domain/databox';
import { useServices } from '../app/services';

/** The data messages of a journal document (ours sent, or the one it arrived in), oldest first, live. */
export function useDocumentMessages(pid: string): DataMessageRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = await db.isdsMessages.where('documentPid').equals(pid).toArray();
    return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }, [db, pid]);
}
