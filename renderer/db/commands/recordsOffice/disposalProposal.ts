import Dexie from 'dexie';
import type { CaseFileRecord, Custody } from '../../../../common/domain/caseFile';
import type { DisposalProposal, ProposalItem } from '../../../../common/domain/disposal';
import type { DocumentRecord } from '../../../../common/domain/document';
import { compareMarks } from '../../../../common/domain/fileMarks';
import { caseFileTransition, documentTransition } from '../../../../common/domain/lifecycle';
import { officeYear } from '../../../../common/domain/time';
import { CommandError, runCommand } from '../../errors';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { appendTxLog, type TxLogDraft } from '../../txlog/append';
import { actorOf, allowed } from '../lifecycleSupport';
import { EMPTY_CUSTODY } from '../holdings';

const EARLIEST_YEAR = 1900;

function fileItem(file: CaseFileRecord): ProposalItem {
  return {
    type: 'caseFile',
    id: file.id,
    reference: file.reference,
    title: file.title,
    fileMark: file.fileMark,
    retentionMark: file.retention.mark,
    retentionPeriod: file.retention.period,
    disposalYear: file.disposalYear ?? 0,
    decision: null,
  };
}

function documentItem(doc: DocumentRecord): ProposalItem {
  return {
    type: 'document',
    id: doc.pid,
    reference: doc.referenceNumber,
    title: doc.subject,
    fileMark: doc.fileMark,
    retentionMark: doc.retention.mark,
    retentionPeriod: doc.retention.period,
    disposalYear: doc.disposalYear ?? 0,
    decision: null,
  };
}

/**
 * What the records office holds past its retention by `year`: case files and stand-alone
 * documents in the records office whose disposal year has come — read straight off the
 * `[state+disposalYear]` indexes. Items on loan are not in the office and wait.
 */
export async function dueForDisposal(db: UradovnaDatabase, year: number): Promise<ProposalItem[]> {
  const range = [
    ['inRecordsOffice', Dexie.minKey],
    ['inRecordsOffice', year],
  ] as const;
  const [files, docs] = await Promise.all([
    db.caseFiles.where('[state+disposalYear]').between(range[0], range[1], true, true).toArray(),
    db.documents.where('[state+disposalYear]').between(range[0], range[1], true, true).toArray(),
  ]);
  const items = [
    ...files.map(fileItem),
    ...docs.filter((doc) => doc.caseFileId === null).map(documentItem),
  ];
  return items.sort(
    (a, b) =>
      a.retentionMark.localeCompare(b.retentionMark) ||
      compareMarks(a.fileMark, b.fileMark) ||
      a.disposalYear - b.disposalYear ||
      a.reference.localeCompare(b.reference, 'cs'),
  );
}

/**
 * Draws up a disposal proposal (skartační návrh) for `year`: everything due by then
 * goes into the procedure and stays there until the archive decides.
 */
export async function createDisposalProposal(
  db: UradovnaDatabase,
  year: number,
  now = new Date(),
): Promise<DisposalProposal> {
  const currentYear = officeYear(now);
  if (!Number.isInteger(year) || year < EARLIEST_YEAR) {
    throw new CommandError('errors.validation', [
      { path: 'year', message: 'validation.disposal.yearInvalid' },
    ]);
  }
  if (year > currentYear) {
    throw new CommandError('errors.validation', [
      {
        path: 'year',
        message: 'validation.disposal.futureYear',
        params: { year, current: currentYear },
      },
    ]);
  }
  return runCommand(() =>
    db.transaction(
      'rw',
      [db.caseFiles, db.documents, db.disposalProposals, db.settings, db.outbox, db.txlog],
      async () => {
        const actor = await actorOf(db);
        const items = await dueForDisposal(db, year);
        if (items.length === 0)
          throw new CommandError('errors.disposal.nothingDue', [], 'nothing due', { year });
        const proposal: DisposalProposal = {
          id: crypto.randomUUID(),
          year,
          createdAt: now.toISOString(),
          createdBy: actor,
          state: 'open',
          items,
          decidedAt: null,
          archiveId: null,
          procedureId: null,
        };
        const drafts: TxLogDraft[] = [
          {
            event: 'Zalozeni',
            entityType: 'disposalProposal',
            entityId: proposal.id,
            actor,
            detail: { year, items: items.length },
          },
        ];
        drafts.push(...(await intoProcedure(db, items, proposal.id, actor)));
        await db.disposalProposals.add(proposal);
        await enqueue(
          db,
          [{ kind: 'disposal.propose', entityId: proposal.id, payload: { id: proposal.id, year } }],
          now,
        );
        await appendTxLog(db, drafts, now);
        return proposal;
      },
    ),
  );
}

/**
 * Moves every item of a new proposal into the disposal procedure — case files with
 * their documents — in a few bulk reads and writes: a records office can hold
 * thousands of due records, and one read and one write each would take minutes.
 */
async function intoProcedure(
  db: UradovnaDatabase,
  items: ProposalItem[],
  proposalId: string,
  actor: string,
): Promise<TxLogDraft[]> {
  const fileIds = items.filter((item) => item.type === 'caseFile').map((item) => item.id);
  const docIds = items.filter((item) => item.type === 'document').map((item) => item.id);
  const [files, members, lone] = await Promise.all([
    db.caseFiles.bulkGet(fileIds),
    fileIds.length > 0 ? db.documents.where('caseFileId').anyOf(fileIds).toArray() : [],
    db.documents.bulkGet(docIds),
  ]);
  const custody = (current: Custody | null): Custody => ({
    ...(current ?? EMPTY_CUSTODY),
    disposalProposalId: proposalId,
  });
  const drafts: TxLogDraft[] = [];
  const fileRows: CaseFileRecord[] = [];
  for (const file of files) {
    if (!file) throw new CommandError('errors.caseFile.notFound');
    const moved = allowed(caseFileTransition('proposeDisposal', file.state));
    fileRows.push({
      ...file,
      state: moved.to as CaseFileRecord['state'],
      custody: custody(file.custody),
      revision: file.revision + 1,
    });
    drafts.push({
      event: moved.event,
      entityType: 'caseFile',
      entityId: file.id,
      actor,
      detail: { reference: file.reference, proposalId },
    });
  }
  const docRows: DocumentRecord[] = [];
  for (const doc of [...members, ...lone]) {
    if (!doc) throw new CommandError('errors.documentNotFound');
    if (doc.state === 'cancelled') continue;
    const moved = allowed(documentTransition('proposeDisposal', doc.state));
    docRows.push({
      ...doc,
      state: moved.to,
      custody: custody(doc.custody),
      revision: doc.revision + 1,
    });
    drafts.push({
      event: moved.event,
      entityType: 'document',
      entityId: doc.pid,
      actor,
      detail:
        doc.caseFileId === null
          ? { referenceNumber: doc.referenceNumber, proposalId }
          : { caseFileId: doc.caseFileId, proposalId },
    });
  }
  await db.caseFiles.bulkPut(fileRows);
  await db.documents.bulkPut(docRows);
  return drafts;
}
