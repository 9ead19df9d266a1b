import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import { documentsOf } from '../db/commands/lifecycleSupport';
import type { TxLogEntry } from '../db/txlog/entry';

/** Every case file on the device; the list filters them in memory (a municipality has hundreds). */
export function useAllCaseFiles(): CaseFileRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.caseFiles.toArray(), [db]);
}

/** Open case files, newest first — where a document can be put. */
export function useOpenCaseFiles(): CaseFileRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const files = await db.caseFiles.where('state').equals('inProgress').toArray();
    return files.sort((a, b) => b.year - a.year || b.sequence - a.sequence);
  }, [db]);
}

export interface CaseFileDetail {
  /** Null when the file does not exist. */
  caseFile: CaseFileRecord | null;
  /** The inventory (soupis): its documents in their order in the file. */
  documents: DocumentRecord[];
  groupTitle: string | null;
  /** The file's own transaction-log entries, oldest first. */
  log: TxLogEntry[];
}

export function useCaseFileDetail(id: string): CaseFileDetail | undefined {
  const { db } = useServices();
  return useLiveQuery(async (): Promise<CaseFileDetail> => {
    const caseFile = (await db.caseFiles.get(id)) ?? null;
    if (!caseFile) return { caseFile, documents: [], groupTitle: null, log: [] };
    const [documents, group, log] = await Promise.all([
      documentsOf(db, id),
      db.planGroups.get(caseFile.planGroupId),
      db.txlog.where('entityId').equals(id).toArray(),
    ]);
    log.sort((a, b) => a.seq - b.seq);
    return { caseFile, documents, groupTitle: group?.title ?? null, log };
  }, [db, id]);
}

/** One case file, live (the journal's section and column show its reference). */
export function useCaseFile(id: string | null): CaseFileRecord | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (id ? ((await db.caseFiles.get(id)) ?? null) : null), [db, id]);
}
