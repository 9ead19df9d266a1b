import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedDecisionList } from '../../../../common/domain/disposal';
import { incomingInput } from '../../../../common/domain/testing/sampleDocuments';
import { minimalPdf } from '../../../../common/domain/testing/sampleFiles';
import type { UradovnaDatabase } from '../../schema';
import { refusal } from '../../testing/commandTest';
import {
  configureOffice,
  openTestDatabase,
  snapshot,
  testOrganization,
  testUser,
} from '../../testing/fixtures';
import { verifyTxLog } from '../../txlog/verify';
import { closeCaseFile } from '../caseFiles/closeCaseFile';
import { createCaseFile } from '../caseFiles/createCaseFile';
import { settleDocument } from '../caseFiles/settleDocument';
import { registerDocument } from '../registerDocument';
import { applyDisposalDecision } from './applyDecision';
import { handOver, lend, returnLoan, takeOver } from './custody';
import { createDisposalProposal, dueForDisposal } from './disposalProposal';

// Closed in 2018: S/5 is due in 2024, A/10 in 2029.
const then = new Date('2018-06-01T09:00:00Z');
const now = new Date('2026-03-05T09:00:00Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

async function closedFile(mark: '1.1' | '1.2', files = 0) {
  const doc = await registerDocument(
    db,
    incomingInput({ fileMark: mark, receivedAt: '2018-06-01T08:00:00Z' }),
    Array.from({ length: files }, (_, index) => ({
      name: `sken-${index}.pdf`,
      bytes: minimalPdf(),
    })),
    { now: then },
  );
  const { id } = await createCaseFile(
    db,
    { title: `Spis ${mark}`, fileMark: mark, handler: testUser, initiatorPid: doc.pid },
    then,
  );
  await settleDocument(db, doc.pid, { date: '2018-06-01', method: 'noted' }, then);
  await closeCaseFile(db, id, {}, then);
  return { id, pid: doc.pid };
}

async function inRecordsOffice(mark: '1.1' | '1.2', files = 0) {
  const file = await closedFile(mark, files);
  await handOver(db, { type: 'caseFile', id: file.id }, then);
  await takeOver(db, { type: 'caseFile', id: file.id }, { location: 'regál 2' }, then);
  return file;
}

describe('custody', () => {
  it('hands a closed file over with its documents, takes it over, lends and returns it', async () => {
    const { id, pid } = await closedFile('1.2');
    await handOver(db, { type: 'caseFile', id }, now);
    expect((await db.documents.get(pid))?.state).toBe('handedOver');
    await takeOver(db, { type: 'caseFile', id }, { location: 'regál 2' }, now);
    expect(await db.caseFiles.get(id)).toMatchObject({
      state: 'inRecordsOffice',
      custody: { location: 'regál 2' },
    });
    expect(
      (await refusal(lend(db, { type: 'caseFile', id }, { borrower: ' ' }, now))).issues[0]
        ?.message,
    ).toBe('validation.borrower.required');
    await lend(db, { type: 'caseFile', id }, { borrower: 'starosta', due: '2026-04-01' }, now);
    expect(await db.caseFiles.get(id)).toMatchObject({
      state: 'onLoan',
      custody: { loan: { borrower: 'starosta' } },
    });
    await returnLoan(db, { type: 'caseFile', id }, now);
    expect(await db.caseFiles.get(id)).toMatchObject({
      state: 'inRecordsOffice',
      custody: { loan: null },
    });
    const events = (await db.txlog.where('entityId').equals(id).toArray()).map(
      (entry) => entry.event,
    );
    expect(events).toEqual([
      'Zalozeni',
      'Uzavreni',
      'PredaniNaSpisovnu',
      'PrevzetiNaSpisovnu',
      'VraceniZeSpisovny',
      'PrevzetiNaSpisovnu',
    ]);
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('refuses an open file, a document inside a file, and an unsettled document', async () => {
    const doc = await registerDocument(db, incomingInput({ fileMark: '1.2' }), [], { now });
    const open = await createCaseFile(
      db,
      { title: 'T', fileMark: '1.2', handler: testUser, initiatorPid: doc.pid },
      now,
    );
    const lone = await registerDocument(db, incomingInput({ fileMark: '1.2' }), [], { now });
    const before = await snapshot(db);
    expect((await refusal(handOver(db, { type: 'caseFile', id: open.id }, now))).code).toBe(
      'errors.recordsOffice.caseFileNotClosed',
    );
    expect((await refusal(handOver(db, { type: 'document', id: doc.pid }, now))).code).toBe(
      'errors.recordsOffice.documentInCaseFile',
    );
    expect((await refusal(handOver(db, { type: 'document', id: lone.pid }, now))).code).toBe(
      'errors.recordsOffice.documentNotSettled',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('hands over a settled stand-alone document', async () => {
    const { pid } = await registerDocument(db, incomingInput({ fileMark: '1.2' }), [], { now });
    await settleDocument(db, pid, { date: '2026-03-05', method: 'noted' }, now);
    await handOver(db, { type: 'document', id: pid }, now);
    expect((await db.documents.get(pid))?.state).toBe('handedOver');
  });
});

describe('disposal proposal', () => {
  it('refuses a year in the future and a year with nothing due, changing nothing', async () => {
    await inRecordsOffice('1.2');
    const before = await snapshot(db);
    const future = await refusal(createDisposalProposal(db, 2027, now));
    expect(future.issues).toEqual([
      {
        path: 'year',
        message: 'validation.disposal.futureYear',
        params: { year: 2027, current: 2026 },
      },
    ]);
    expect((await refusal(createDisposalProposal(db, 2023, now))).code).toBe(
      'errors.disposal.nothingDue',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists what is due by the year, split by mark, and puts it into the procedure', async () => {
    const shred = await inRecordsOffice('1.2');
    const archive = await inRecordsOffice('1.1');
    expect((await dueForDisposal(db, 2026)).map((item) => item.id)).toEqual([shred.id]);
    expect((await dueForDisposal(db, 2029)).map((item) => [item.retentionMark, item.id])).toEqual([
      ['A', archive.id],
      ['S', shred.id],
    ]);
    const proposal = await createDisposalProposal(db, 2026, now);
    expect(proposal.items).toEqual([
      expect.objectContaining({
        type: 'caseFile',
        id: shred.id,
        retentionMark: 'S',
        disposalYear: 2024,
      }),
    ]);
    expect(await db.caseFiles.get(shred.id)).toMatchObject({
      state: 'inDisposal',
      custody: { disposalProposalId: proposal.id },
    });
    expect((await db.documents.get(shred.pid))?.state).toBe('inDisposal');
    expect((await db.caseFiles.get(archive.id))?.state).toBe('inRecordsOffice');
  });
});

describe('archive decision', () => {
  const decision = (entries: ParsedDecisionList['entries']): ParsedDecisionList => ({
    listId: 'SR-1',
    archiveId: 'SOA-Praha',
    originatorId: testOrganization.ico,
    procedureId: 'SŘ 1/2026',
    takeoverId: null,
    createdAt: '2026-03-05T10:00:00+01:00',
    entries,
  });
  const entry = (identifier: string, operation: 'archive' | 'destroy' | 'exclude' | 'inspect') => ({
    identifier,
    source: 'OUHL',
    operation,
    archiveIdentifier: null,
  });

  it('refuses unknown entities and entities not in the proposal, changing nothing', async () => {
    const shred = await inRecordsOffice('1.2');
    const other = await inRecordsOffice('1.1');
    const proposal = await createDisposalProposal(db, 2026, now);
    const before = await snapshot(db);
    const unknown = await refusal(
      applyDisposalDecision(db, proposal.id, decision([entry('OUHLX0000000', 'destroy')]), now),
    );
    expect(unknown.code).toBe('errors.disposal.unknownEntities');
    expect(unknown.params.identifiers).toBe('OUHLX0000000');
    const outside = await refusal(
      applyDisposalDecision(
        db,
        proposal.id,
        decision([entry(shred.id, 'destroy'), entry(other.id, 'archive')]),
        now,
      ),
    );
    expect(outside.code).toBe('errors.disposal.notInProposal');
    const foreign = await refusal(
      applyDisposalDecision(
        db,
        proposal.id,
        { ...decision([entry(shred.id, 'destroy')]), originatorId: '12345678' },
        now,
      ),
    );
    expect(foreign.code).toBe('errors.disposal.otherOriginator');
    expect(await snapshot(db)).toEqual(before);
  });

  it('destroys (deleting the files, keeping the metadata and log) and archives as decided', async () => {
    const shred = await inRecordsOffice('1.2', 2);
    const keep = await registerDocument(
      db,
      incomingInput({ fileMark: '1.2', receivedAt: '2018-06-01T08:00:00Z' }),
      [],
      { now: then },
    );
    await settleDocument(db, keep.pid, { date: '2018-06-01', method: 'noted' }, then);
    await handOver(db, { type: 'document', id: keep.pid }, then);
    await takeOver(db, { type: 'document', id: keep.pid }, {}, then);
    const proposal = await createDisposalProposal(db, 2026, now);
    expect(proposal.items).toHaveLength(2);
    expect(await db.components.where('pid').equals(shred.pid).count()).toBe(2);

    const outcome = await applyDisposalDecision(
      db,
      proposal.id,
      decision([entry(shred.id, 'destroy'), entry(keep.pid, 'archive')]),
      now,
    );
    expect(outcome).toEqual({ archived: 1, destroyed: 1, excluded: 0, inspect: 0 });
    expect((await db.caseFiles.get(shred.id))?.state).toBe('destroyed');
    expect(await db.documents.get(shred.pid)).toMatchObject({
      state: 'destroyed',
      componentCount: 0,
    });
    expect(await db.components.where('pid').equals(shred.pid).count()).toBe(0);
    expect((await db.documents.get(keep.pid))?.state).toBe('archived');
    expect(await db.disposalProposals.get(proposal.id)).toMatchObject({
      state: 'decided',
      archiveId: 'SOA-Praha',
    });
    const events = (await db.txlog.orderBy('seq').toArray()).map((item) => item.event);
    expect(events).toContain('Zniceni');
    expect(events).toContain('Prenos');
    expect((await verifyTxLog(db)).ok).toBe(true);
    expect(
      (
        await refusal(
          applyDisposalDecision(db, proposal.id, decision([entry(shred.id, 'destroy')]), now),
        )
      ).code,
    ).toBe('errors.disposal.alreadyDecided');
  });

  it('returns excluded records to the records office and keeps the proposal open while some await inspection', async () => {
    const a = await inRecordsOffice('1.2');
    const b = await inRecordsOffice('1.2');
    const proposal = await createDisposalProposal(db, 2026, now);
    await applyDisposalDecision(
      db,
      proposal.id,
      decision([entry(a.id, 'exclude'), entry(b.id, 'inspect')]),
      now,
    );
    expect(await db.caseFiles.get(a.id)).toMatchObject({
      state: 'inRecordsOffice',
      custody: { disposalProposalId: null },
    });
    expect((await db.caseFiles.get(b.id))?.state).toBe('inDisposal');
    expect((await db.disposalProposals.get(proposal.id))?.state).toBe('open');
  });
});
