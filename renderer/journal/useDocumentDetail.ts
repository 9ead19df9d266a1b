import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../common/domain/document';
import { groupTitle } from '../../common/domain/filePlan';
import type { ComponentRecord, UradovnaDatabase } from '../db/schema';
import type { TxLogEntry } from '../db/txlog/entry';
import { useServices } from '../app/services';
import { inAttachedOrder } from './fileOrder';

export interface DocumentDetail {
  /** Null when the document does not exist. */
  doc: DocumentRecord | null;
  /** In the order they were attached (see inAttachedOrder). */
  files: ComponentRecord[];
  /** Transaction-log entries of the document and of its files, oldest first. */
  log: TxLogEntry[];
  fileMarkTitle: string | null;
}

/** Everything the detail pane shows about one document, read in one go. */
export async function readDocumentDetail(
  db: UradovnaDatabase,
  pid: string,
): Promise<DocumentDetail> {
  const doc = (await db.documents.get(pid)) ?? null;
  if (!doc) return { doc, files: [], log: [], fileMarkTitle: null };
  const [files, group] = await Promise.all([
    db.components.where('pid').equals(pid).toArray(),
    db.planGroups.where('fileMark').equals(doc.fileMark).toArray(),
  ]);
  const log = await db.txlog
    .where('entityId')
    .anyOf([pid, ...files.map((file) => file.id)])
    .toArray();
  log.sort((a, b) => a.seq - b.seq);
  // The plan version the document was classified under may have ended since.
  return {
    doc,
    files: inAttachedOrder(files, log),
    log,
    fileMarkTitle: groupTitle(group, doc.fileMark),
  };
}

/** The detail kept live (a storno shows at once). */
export function useDocumentDetail(pid: string): DocumentDetail | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readDocumentDetail(db, pid), [db, pid]);
}
