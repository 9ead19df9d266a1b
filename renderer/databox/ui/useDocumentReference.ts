import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';

/** The journal reference number (č. j.) of a document, read for the rows in view only. */
export function useDocumentReference(pid: string | null): string | null {
  const { db } = useServices();
  const reference = useLiveQuery(
    async () => (pid ? ((await db.documents.get(pid))?.referenceNumber ?? null) : null),
    [db, pid],
  );
  return reference ?? null;
}
