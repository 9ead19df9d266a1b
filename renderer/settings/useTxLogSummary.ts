import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import type { TxLogEntry } from '../db/txlog/entry';

export interface TxLogSummary {
  count: number;
  last: TxLogEntry | undefined;
}

export function useTxLogSummary(): TxLogSummary | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [count, last] = await Promise.all([db.txlog.count(), db.txlog.orderBy('seq').last()]);
    return { count, last };
  }, [db]);
}
