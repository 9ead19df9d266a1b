import type { CaseFileRecord, Custody } from '../../../common/domain/caseFile';
import type { DocumentRecord } from '../../../common/domain/document';
import type { TxDetail } from '../../../common/domain/transactionLog';
import type { TxLogDraft } from '../txlog/append';
import type { SeedJournal } from './seedJournal';

/** Every entry the seed writes says where it came from. */
const source = 'seed';

/**
 * The transaction-log entries the real commands would have written for a seed's
 * history — registration, opening a file and putting documents in, settling, closing,
 * handing over and taking over — each at the time it happened and in the order it
 * happened, with the details those commands record. Entries of the same instant keep
 * the order the commands write them in (a file's entry before its documents').
 */
export function seedLogDrafts(journal: SeedJournal, recordsClerk: string): TxLogDraft[] {
  const drafts: TxLogDraft[] = [];
  for (const doc of journal.documents) {
    drafts.push({
      event: 'Zalozeni',
      entityType: 'document',
      entityId: doc.pid,
      actor: doc.createdBy,
      at: doc.registeredAt,
      detail: { referenceNumber: doc.referenceNumber, direction: doc.direction, source },
    });
  }

  const members = membersOf(journal);
  for (const file of journal.caseFiles) filing(drafts, file, members.get(file.id) ?? []);

  for (const doc of journal.documents) {
    const settlement = doc.settlement;
    if (!settlement) continue;
    drafts.push({
      event: 'Vyrizeni',
      entityType: 'document',
      entityId: doc.pid,
      actor: settlement.settledBy,
      at: settlement.recordedAt,
      detail: {
        method: settlement.method,
        date: settlement.date,
        settlingPid: settlement.settlingPid,
        reason: settlement.reason,
        source,
      },
    });
  }

  for (const file of journal.caseFiles) {
    const docs = members.get(file.id) ?? [];
    if (file.closedAt !== null) closing(drafts, file, docs);
    if (file.custody) {
      const holding = { entityType: 'caseFile' as const, id: file.id, handler: file.handler };
      custody(
        drafts,
        { ...holding, kept: file.custody },
        { reference: file.reference },
        docs,
        recordsClerk,
      );
    }
  }
  for (const doc of journal.documents) {
    if (doc.caseFileId !== null || !doc.custody) continue;
    const holding = { entityType: 'document' as const, id: doc.pid, handler: doc.handler };
    custody(
      drafts,
      { ...holding, kept: doc.custody },
      { referenceNumber: doc.referenceNumber },
      [],
      recordsClerk,
    );
  }
  return chronological(drafts);
}

function membersOf(journal: SeedJournal): Map<string, DocumentRecord[]> {
  const members = new Map<string, DocumentRecord[]>();
  for (const doc of journal.documents) {
    if (doc.caseFileId === null) continue;
    const list = members.get(doc.caseFileId) ?? [];
    list.push(doc);
    members.set(doc.caseFileId, list);
  }
  for (const list of members.values())
    list.sort((a, b) => (a.caseFileOrder ?? 0) - (b.caseFileOrder ?? 0));
  return members;
}

/** Opening the file with its initiator, then each document put in (never before it exists). */
function filing(drafts: TxLogDraft[], file: CaseFileRecord, docs: DocumentRecord[]): void {
  drafts.push({
    event: 'Zalozeni',
    entityType: 'caseFile',
    entityId: file.id,
    actor: file.createdBy,
    at: file.openedAt,
    detail: {
      reference: file.reference,
      fileMark: file.fileMark,
      mode: file.mode,
      initiatorPid: file.initiatorPid,
      source,
    },
  });
  let previous = Date.parse(file.openedAt);
  for (const doc of docs) {
    const registered = Date.parse(doc.registeredAt);
    const insertedAt = Math.max(previous, registered);
    previous = insertedAt;
    const initiator = doc.pid === file.initiatorPid;
    drafts.push({
      event: 'VlozeniDoSpisu',
      entityType: 'document',
      entityId: doc.pid,
      actor: file.handler,
      at: new Date(insertedAt).toISOString(),
      detail: {
        caseFileId: file.id,
        reference: file.reference,
        order: doc.caseFileOrder,
        initiator,
        // Registered into the open file, as registerDocument with a case file does.
        ...(initiator || registered < Date.parse(file.openedAt) ? {} : { registered: true }),
        source,
      },
    });
  }
}

function closing(drafts: TxLogDraft[], file: CaseFileRecord, docs: DocumentRecord[]): void {
  const at = file.closedAt!;
  drafts.push({
    event: 'Uzavreni',
    entityType: 'caseFile',
    entityId: file.id,
    actor: file.handler,
    at,
    detail: {
      reference: file.reference,
      triggerYear: file.triggerYear,
      disposalYear: file.disposalYear,
      source,
    },
  });
  for (const doc of docs) {
    drafts.push({
      event: 'Uzavreni',
      entityType: 'document',
      entityId: doc.pid,
      actor: file.handler,
      at,
      detail: { caseFileId: file.id, source },
    });
  }
}

/**
 * The handler hands a holding over and the records office's clerk takes it over; a
 * file travels with its documents. `name` identifies the holding in the detail, as
 * the custody commands write it.
 */
function custody(
  drafts: TxLogDraft[],
  holding: { entityType: 'caseFile' | 'document'; id: string; handler: string; kept: Custody },
  name: TxDetail,
  docs: DocumentRecord[],
  recordsClerk: string,
): void {
  const steps = [
    {
      event: 'PredaniNaSpisovnu',
      at: holding.kept.handedOverAt,
      actor: holding.handler,
      extra: {},
    },
    {
      event: 'PrevzetiNaSpisovnu',
      at: holding.kept.takenOverAt,
      actor: recordsClerk,
      extra: { location: holding.kept.location },
    },
  ] as const;
  for (const step of steps) {
    const at = step.at ?? undefined;
    drafts.push({
      event: step.event,
      entityType: holding.entityType,
      entityId: holding.id,
      actor: step.actor,
      at,
      detail: { ...name, ...step.extra, source },
    });
    for (const doc of docs) {
      drafts.push({
        event: step.event,
        entityType: 'document',
        entityId: doc.pid,
        actor: step.actor,
        at,
        detail: { caseFileId: holding.id, source },
      });
    }
  }
}

/** Oldest first; the sort is stable, so entries of one instant keep their written order. */
function chronological(drafts: TxLogDraft[]): TxLogDraft[] {
  const keyed = drafts.map((draft) => ({ draft, time: Date.parse(draft.at ?? '') }));
  keyed.sort((a, b) => a.time - b.time);
  return keyed.map(({ draft }) => draft);
}
