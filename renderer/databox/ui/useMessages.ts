import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DataMessageRecord, MessageDirection } from '../../../common/domain/databox';
import { useServices } from '../../app/services';
import type { BoxFilter } from './databoxSlice';
import { sortNewestFirst } from './inboxFilter';

/**
 * The messages of one tab (received / sent) of one box or of all, newest first, kept
 * live: a download or an import shows at once. Read by the compound indexes; the list
 * holds only envelopes and file names (the bytes stay in `isdsBlobs`).
 */
export function useMessages(
  direction: MessageDirection,
  box: BoxFilter,
): DataMessageRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows =
      box === 'all'
        ? await db.isdsMessages
            .where('[direction+createdAt]')
            .between([direction, Dexie.minKey], [direction, Dexie.maxKey])
            .toArray()
        : await db.isdsMessages
            .where('[boxKey+direction+createdAt]')
            .between([box, direction, Dexie.minKey], [box, direction, Dexie.maxKey])
            .toArray();
    return sortNewestFirst(rows);
  }, [db, direction, box]);
}

/** One message, live (its delivery and read state change while it is shown). */
export function useMessage(id: string): DataMessageRecord | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.isdsMessages.get(id)) ?? null, [db, id]);
}

/** How many received messages are unread, per box (for the box filter). */
export function useUnreadCounts(): Map<string, number> | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.isdsMessages
      .where('[direction+createdAt]')
      .between(['received', Dexie.minKey], ['received', Dexie.maxKey])
      .each((message) => {
        if (message.unread) counts.set(message.boxKey, (counts.get(message.boxKey) ?? 0) + 1);
      });
    return counts;
  }, [db]);
}
