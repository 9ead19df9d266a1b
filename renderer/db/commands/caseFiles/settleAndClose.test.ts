import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewDocumentInput } from '../../../../common/domain/document';
import { incomingInput, ownInput } from '../../../../common/domain/testing/sampleDocuments';
import type { UradovnaDatabase } from '../../schema';
import { refusal } from '../../testing/commandTest';
import { configureOffice, openTestDatabase, snapshot, testUser } from '../../testing/fixtures';
import { registerDocument } from '../registerDocument';
import { closeCaseFile, reopenCaseFile } from './closeCaseFile';
import { createCaseFile } from './createCaseFile';
import { insertIntoCaseFile } from './insertIntoCaseFile';
import { settleDocument } from './settleDocument';

const now = new Date('2026-03-05T09:00:00Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

const register = async (input: NewDocumentInput = incomingInput({ fileMark: '1.2' })) =>
  registerDocument(db, input, [], { now });

describe('settleDocument', () => {
  it('settles by a document and links both ways', async () => {
    const letter = await register();
    const reply = await register(ownInput({ fileMark: '1.2' }));
    await settleDocument(
      db,
      letter.pid,
      { date: '2026-03-05', method: 'document', settlingPid: reply.pid, content: 'odpověď' },
      now,
    );
    expect(await db.documents.get(letter.pid)).toMatchObject({
      state: 'settled',
      settlement: {
        method: 'document',
        settlingPid: reply.pid,
        settledBy: testUser,
        content: 'odpověď',
      },
      // Stand-alone: retention runs from the settlement (S/5 → disposable from 2032).
      triggerYear: 2026,
      disposalYear: 2032,
    });
    expect((await db.documents.get(reply.pid))?.settles).toEqual([letter.pid]);
    const entry = await db.txlog.orderBy('seq').last();
    expect(entry).toMatchObject({
      event: 'Vyrizeni',
      entityId: letter.pid,
      detail: { method: 'document' },
    });
  });

  it('refuses "jiný způsob" without a reason, a future date, a date before registration, and a second settlement', async () => {
    const { pid } = await register();
    const before = await snapshot(db);
    const noReason = await refusal(
      settleDocument(db, pid, { date: '2026-03-05', method: 'other' }, now),
    );
    expect(noReason.issues).toEqual([
      expect.objectContaining({ path: 'reason', message: 'validation.settlement.reasonRequired' }),
    ]);
    const future = await refusal(
      settleDocument(db, pid, { date: '2026-03-06', method: 'noted' }, now),
    );
    expect(future.issues[0]?.message).toBe('validation.settlement.future');
    const early = await refusal(
      settleDocument(db, pid, { date: '2026-03-01', method: 'noted' }, now),
    );
    expect(early.issues[0]?.message).toBe('validation.settlement.beforeRegistration');
    const self = await refusal(
      settleDocument(db, pid, { date: '2026-03-05', method: 'document', settlingPid: pid }, now),
    );
    expect(self.issues[0]?.message).toBe('validation.settlement.settlingDocumentInvalid');
    expect(await snapshot(db)).toEqual(before);
    await settleDocument(
      db,
      pid,
      { date: '2026-03-05', method: 'other', reason: 'telefonicky' },
      now,
    );
    expect(
      (await refusal(settleDocument(db, pid, { date: '2026-03-05', method: 'noted' }, now))).code,
    ).toBe('errors.settlement.already');
  });
});

describe('closing and reopening', () => {
  async function fileWithTwo() {
    const a = await register();
    const b = await register();
    const { id } = await createCaseFile(
      db,
      { title: 'T', fileMark: '1.2', handler: testUser, initiatorPid: a.pid },
      now,
    );
    await insertIntoCaseFile(db, { pid: b.pid, caseFileId: id }, now);
    return { id, a, b };
  }

  it('refuses to close with unsettled documents, naming them, and changes nothing', async () => {
    const { id, a, b } = await fileWithTwo();
    await settleDocument(db, a.pid, { date: '2026-03-05', method: 'noted' }, now);
    const before = await snapshot(db);
    const error = await refusal(closeCaseFile(db, id, {}, now));
    expect(error.code).toBe('errors.caseFile.unsettled');
    expect(error.params).toEqual({ count: 1, documents: b.referenceNumber });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to close an empty file', async () => {
    const { id } = await createCaseFile(
      db,
      { title: 'T', fileMark: '1.2', handler: testUser },
      now,
    );
    expect((await refusal(closeCaseFile(db, id, {}, now))).code).toBe('errors.caseFile.empty');
  });

  it('closes when all are settled, fixing the trigger and disposal years, and reopens with a reason', async () => {
    const { id, a, b } = await fileWithTwo();
    for (const pid of [a.pid, b.pid])
      await settleDocument(db, pid, { date: '2026-03-05', method: 'noted' }, now);
    await closeCaseFile(db, id, {}, now);
    expect(await db.caseFiles.get(id)).toMatchObject({
      state: 'closed',
      triggerYear: 2026,
      disposalYear: 2032,
    });
    expect((await db.documents.get(a.pid))?.state).toBe('closed');
    // Documents in a file follow the file's clock, not their own.
    expect((await db.documents.get(a.pid))?.disposalYear).toBeNull();

    expect((await refusal(reopenCaseFile(db, id, '', now))).issues[0]?.message).toBe(
      'validation.reason.required',
    );
    await reopenCaseFile(db, id, 'doplnění podkladů', now);
    expect(await db.caseFiles.get(id)).toMatchObject({
      state: 'inProgress',
      triggerYear: null,
      disposalYear: null,
    });
    expect((await db.documents.get(b.pid))?.state).toBe('settled');
    const log = await db.txlog.where('entityId').equals(id).toArray();
    expect(log.map((entry) => entry.event)).toEqual(['Zalozeni', 'Uzavreni', 'Otevreni']);
    expect(log[2]?.detail.reason).toBe('doplnění podkladů');
    expect((await refusal(reopenCaseFile(db, id, 'znovu', now))).code).toBe(
      'errors.caseFile.notClosed',
    );
  });

  it('takes another trigger year when the rule names another event, and refuses a nonsense year', async () => {
    const { id, a, b } = await fileWithTwo();
    for (const pid of [a.pid, b.pid])
      await settleDocument(db, pid, { date: '2026-03-05', method: 'noted' }, now);
    expect(
      (await refusal(closeCaseFile(db, id, { triggerYear: 20300 }, now))).issues[0]?.message,
    ).toBe('validation.triggerYear.invalid');
    await closeCaseFile(db, id, { triggerYear: 2030 }, now);
    expect(await db.caseFiles.get(id)).toMatchObject({ triggerYear: 2030, disposalYear: 2036 });
  });
});
