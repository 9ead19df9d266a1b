import type { CaseFileRecord } from '../../../../common/domain/caseFile';
import { insertRefusal, removeRefusal } from '../../../../common/domain/caseFileGuards';
import type { DocumentRecord } from '../../../../common/domain/document';
import { documentTransition } from '../../../../common/domain/lifecycle';
import { disposalYear } from '../../../../common/domain/retention';
import type { TxDetail } from '../../../../common/domain/transactionLog';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { appendTxLog } from '../../txlog/append';
import { allowed, refuse } from '../lifecycleSupport';

/**
 * Puts a document into an open case file, inside the caller's transaction (documents,
 * caseFiles, outbox, txlog). The document inherits the file's mark and retention rule
 * and takes the next order; the first document in an empty file becomes its initiator.
 */
export async function placeInCaseFile(
  db: UradovnaDatabase,
  caseFile: CaseFileRecord,
  doc: DocumentRecord,
  actor: string,
  now: Date,
  detail: TxDetail = {},
): Promise<number> {
  refuse(insertRefusal(caseFile, doc));
  const order = caseFile.nextOrder;
  const initiator = caseFile.initiatorPid === null;
  await db.documents.update(doc.pid, {
    caseFileId: caseFile.id,
    caseFileOrder: order,
    state: allowed(documentTransition('insertIntoCaseFile', doc.state)).to,
    fileMark: caseFile.fileMark,
    retention: caseFile.retention,
    // In a case file the retention clock is the file's.
    triggerYear: null,
    disposalYear: null,
    revision: doc.revision + 1,
  });
  await db.caseFiles.update(caseFile.id, {
    nextOrder: order + 1,
    documentCount: caseFile.documentCount + 1,
    initiatorPid: caseFile.initiatorPid ?? doc.pid,
    revision: caseFile.revision + 1,
  });
  Object.assign(caseFile, {
    nextOrder: order + 1,
    documentCount: caseFile.documentCount + 1,
    initiatorPid: caseFile.initiatorPid ?? doc.pid,
    revision: caseFile.revision + 1,
  });
  await enqueue(
    db,
    [
      {
        kind: 'caseFile.insert',
        entityId: doc.pid,
        payload: { pid: doc.pid, caseFileId: caseFile.id, order },
      },
    ],
    now,
  );
  await appendTxLog(
    db,
    [
      {
        event: 'VlozeniDoSpisu',
        entityType: 'document',
        entityId: doc.pid,
        actor,
        detail: {
          caseFileId: caseFile.id,
          reference: caseFile.reference,
          order,
          initiator,
          ...detail,
        },
      },
    ],
    now,
  );
  return order;
}

/**
 * Takes a document out of its (open) case file with the reason, inside the caller's
 * transaction. Its reference number stays its own: a number once given is never
 * taken back, and its order in the file is never given to another document.
 */
export async function takeOutOfCaseFile(
  db: UradovnaDatabase,
  caseFile: CaseFileRecord,
  doc: DocumentRecord,
  reason: string,
  actor: string,
  now: Date,
): Promise<void> {
  refuse(removeRefusal(caseFile, doc, caseFile.documentCount));
  // A settled document standing alone again counts its retention from its settlement.
  const triggerYear = doc.settlement ? Number(doc.settlement.date.slice(0, 4)) : null;
  await db.documents.update(doc.pid, {
    caseFileId: null,
    caseFileOrder: null,
    triggerYear,
    disposalYear: triggerYear === null ? null : disposalYear(triggerYear, doc.retention),
    revision: doc.revision + 1,
  });
  const initiatorPid = caseFile.initiatorPid === doc.pid ? null : caseFile.initiatorPid;
  await db.caseFiles.update(caseFile.id, {
    documentCount: caseFile.documentCount - 1,
    initiatorPid,
    revision: caseFile.revision + 1,
  });
  Object.assign(caseFile, {
    documentCount: caseFile.documentCount - 1,
    initiatorPid,
    revision: caseFile.revision + 1,
  });
  doc.caseFileId = null;
  doc.caseFileOrder = null;
  doc.revision += 1;
  await enqueue(
    db,
    [
      {
        kind: 'caseFile.remove',
        entityId: doc.pid,
        payload: { pid: doc.pid, caseFileId: caseFile.id, reason },
      },
    ],
    now,
  );
  await appendTxLog(
    db,
    [
      {
        event: 'VyjmutiZeSpisu',
        entityType: 'document',
        entityId: doc.pid,
        actor,
        detail: { caseFileId: caseFile.id, reference: caseFile.reference, reason },
      },
    ],
    now,
  );
}
