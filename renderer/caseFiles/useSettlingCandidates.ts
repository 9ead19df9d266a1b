import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import { documentsOf } from '../db/commands/lifecycleSupport';

/** How many of the latest own documents the settle dialog offers besides the case file's. */
export const RECENT_OWN_DOCUMENTS = 30;

export interface SettlingCandidates {
  /** The other documents of the same case file, in their order. */
  sameCaseFile: DocumentRecord[];
  /** The newest own documents not already listed, newest first. */
  recentOwn: DocumentRecord[];
}

/** Documents that can be the one that settles `doc` (vyřizující dokument). */
export function useSettlingCandidates(
  doc: Pick<DocumentRecord, 'pid' | 'caseFileId'>,
): SettlingCandidates | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const usable = (other: DocumentRecord) => other.pid !== doc.pid && other.state !== 'cancelled';
    const inFile = doc.caseFileId ? await documentsOf(db, doc.caseFileId) : [];
    const sameCaseFile = inFile.filter(usable);
    const listed = new Set(sameCaseFile.map((other) => other.pid));
    const own = await db.documents
      .where('[direction+journalOrder]')
      .between(['own', Dexie.minKey], ['own', Dexie.maxKey])
      .reverse()
      .limit(RECENT_OWN_DOCUMENTS + listed.size + 1)
      .toArray();
    const recentOwn = own
      .filter((other) => usable(other) && !listed.has(other.pid))
      .slice(0, RECENT_OWN_DOCUMENTS);
    return { sameCaseFile, recentOwn };
  }, [db, doc.pid, doc.caseFileId]);
}
