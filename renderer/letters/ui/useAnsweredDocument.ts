import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../../common/domain/document';
import { useServices } from '../../app/services';

/**
 * The incoming document an own one settles (answers), whose sender's reference the
 * letter quotes; null when it answers none. Undefined while loading.
 */
export function useAnsweredDocument(
  doc: Pick<DocumentRecord, 'settles'>,
): Pick<DocumentRecord, 'senderReference'> | null | undefined {
  const { db } = useServices();
  const first = doc.settles[0] ?? null;
  return useLiveQuery(
    async () => (first ? ((await db.documents.get(first)) ?? null) : null),
    [db, first],
  );
}
