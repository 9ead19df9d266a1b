import { useLiveQuery } from 'dexie-react-hooks';
import type { LetterRecord } from '../../../common/domain/letter';
import { useServices } from '../../app/services';

/** The document's letter (one per document), live; null when none, undefined while loading. */
export function useDocumentLetter(pid: string): LetterRecord | null | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => (await db.letters.where('pid').equals(pid).first()) ?? null,
    [db, pid],
  );
}
