import type { CaseFileRecord, Custody } from '../../../common/domain/caseFile';
import type { HoldingType } from '../../../common/domain/disposal';
import type { DocumentRecord } from '../../../common/domain/document';
import {
  caseFileTransition,
  documentTransition,
  type CaseFileTransition,
  type DocumentTransition,
  type LifecycleEvent,
} from '../../../common/domain/lifecycle';
import type { TxDetail } from '../../../common/domain/transactionLog';
import { CommandError } from '../errors';
import type { UradovnaDatabase } from '../schema';
import type { TxLogDraft } from '../txlog/append';
import { allowed, documentsOf } from './lifecycleSupport';

/**
 * A case file (with its documents) or a stand-alone document: what moves along the
 * life cycle as one, from closing to the records office and the archive.
 */
export interface HoldingRef {
  type: HoldingType;
  id: string;
}

export type Holding =
  | { type: 'caseFile'; record: CaseFileRecord; documents: DocumentRecord[] }
  | { type: 'document'; record: DocumentRecord };

export const EMPTY_CUSTODY: Custody = {
  handedOverAt: null,
  takenOverAt: null,
  location: null,
  loan: null,
  disposalProposalId: null,
};

export async function loadHolding(db: UradovnaDatabase, ref: HoldingRef): Promise<Holding> {
  if (ref.type === 'caseFile') {
    const record = await db.caseFiles.get(ref.id);
    if (!record) throw new CommandError('errors.caseFile.notFound');
    return { type: 'caseFile', record, documents: await documentsOf(db, ref.id) };
  }
  const record = await db.documents.get(ref.id);
  if (!record) throw new CommandError('errors.documentNotFound');
  return { type: 'document', record };
}

/**
 * Moves a holding along the life cycle: the case file and every live document in it
 * together (a file travels whole), or the stand-alone document. Writes the custody
 * change (none before the records office) and returns the log entries for the
 * caller's transaction.
 */
export async function moveHolding(
  db: UradovnaDatabase,
  holding: Holding,
  transition: CaseFileTransition & DocumentTransition,
  custody: ((current: Custody) => Custody) | null,
  actor: string,
  detail: TxDetail = {},
): Promise<{ event: LifecycleEvent; drafts: TxLogDraft[] }> {
  const drafts: TxLogDraft[] = [];
  if (holding.type === 'caseFile') {
    const file = holding.record;
    const result = allowed(caseFileTransition(transition, file.state));
    await db.caseFiles.update(file.id, {
      state: result.to as CaseFileRecord['state'],
      ...(custody && { custody: custody(file.custody ?? EMPTY_CUSTODY) }),
      revision: file.revision + 1,
    });
    drafts.push({
      event: result.event,
      entityType: 'caseFile',
      entityId: file.id,
      actor,
      detail: { reference: file.reference, ...detail },
    });
    for (const doc of holding.documents) {
      if (doc.state === 'cancelled') continue;
      const next = allowed(documentTransition(transition, doc.state));
      await db.documents.update(doc.pid, {
        state: next.to,
        ...(custody && { custody: custody(doc.custody ?? EMPTY_CUSTODY) }),
        revision: doc.revision + 1,
      });
      drafts.push({
        event: next.event,
        entityType: 'document',
        entityId: doc.pid,
        actor,
        detail: { caseFileId: file.id },
      });
    }
    return { event: result.event, drafts };
  }
  const doc = holding.record;
  const result = allowed(documentTransition(transition, doc.state));
  await db.documents.update(doc.pid, {
    state: result.to,
    ...(custody && { custody: custody(doc.custody ?? EMPTY_CUSTODY) }),
    revision: doc.revision + 1,
  });
  drafts.push({
    event: result.event,
    entityType: 'document',
    entityId: doc.pid,
    actor,
    detail: { referenceNumber: doc.referenceNumber, ...detail },
  });
  return { event: result.event, drafts };
}
