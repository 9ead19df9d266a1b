import { useLiveQuery } from 'dexie-react-hooks';
import { insertRefusal } from '../../common/domain/caseFileGuards';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import { searchDocuments } from '../db/journal/search';
import { getSetting } from '../db/settings';

/** How many found documents the dialog lists; more are narrowed by typing. */
export const INSERT_RESULTS = 20;

export interface InsertableDocuments {
  found: DocumentRecord[];
  /** More documents matched than are listed. */
  more: boolean;
}

/**
 * Documents a search finds (by reference number, subject, sender, … as in the journal)
 * that can go into this case file: in no case file, not cancelled. Newest first.
 */
export function useInsertableDocuments(
  caseFile: Pick<CaseFileRecord, 'state' | 'initiatorPid'>,
  query: string,
): InsertableDocuments | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    if (!query.trim()) return { found: [], more: false };
    const organization = await getSetting(db, 'organization');
    const pids = await searchDocuments(db, query, organization ?? null);
    if (!pids) return { found: [], more: false };
    const docs = (await db.documents.bulkGet([...pids])).filter(
      (doc): doc is DocumentRecord => doc !== undefined && insertRefusal(caseFile, doc) === null,
    );
    docs.sort((a, b) => b.journalOrder - a.journalOrder);
    return { found: docs.slice(0, INSERT_RESULTS), more: docs.length > INSERT_RESULTS };
  }, [db, caseFile.state, caseFile.initiatorPid, query]);
}
