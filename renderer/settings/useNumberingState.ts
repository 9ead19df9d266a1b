import { useLiveQuery } from 'dexie-react-hooks';
import { officeYear } from '../../common/domain/time';
import { useServices } from '../app/services';

export interface NumberingState {
  year: number;
  /** The sequence the next registration of this year gets. */
  nextSequence: number;
  /** Once any document exists its PID carries the prefix, so the prefix is fixed. */
  hasDocuments: boolean;
}

export function useNumberingState(): NumberingState | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const year = officeYear(new Date());
    const [sequence, anyDocument] = await Promise.all([
      db.sequences.get(year),
      db.documents.limit(1).primaryKeys(),
    ]);
    return { year, nextSequence: (sequence?.last ?? 0) + 1, hasDocuments: anyDocument.length > 0 };
  }, [db]);
}
