import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incomingInput } from '../../../common/domain/testing/sampleDocuments';
import { CommandError } from '../errors';
import type { UradovnaDatabase } from '../schema';
import { configureOffice, openTestDatabase, snapshot, testUser } from '../testing/fixtures';
import { verifyTxLog } from '../txlog/verify';
import { CANCEL_REASON_MAX, cancelDocument } from './cancelDocument';
import { registerDocument } from './registerDocument';
import { createCaseFile } from './caseFiles/createCaseFile';
import { settleDocument } from './caseFiles/settleDocument';

const registeredAt = new Date('2026-03-02T10:00:00Z');
const cancelledAt = new Date('2026-03-02T11:00:00Z');
let db: UradovnaDatabase;
let pid: string;

async function refusal(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  ({ pid } = await registerDocument(db, incomingInput(), [], { now: registeredAt }));
});

afterEach(async () => {
  await db.delete();
});

describe('cancelDocument', () => {
  it('marks the document cancelled and keeps its number', async () => {
    await cancelDocument(db, pid, '  Zaevidováno omylem dvakrát ', cancelledAt);
    const row = await db.documents.get(pid);
    expect(row).toMatchObject({
      state: 'cancelled',
      referenceNumber: 'OUHL 1/2026',
      sequence: 1,
      revision: 2,
    });
    expect(
      await db.documents
        .where('[state+journalOrder]')
        .between(['cancelled', 0], ['cancelled', Infinity])
        .primaryKeys(),
    ).toEqual([pid]);
    // The number is never handed out again.
    expect(
      (await registerDocument(db, incomingInput(), [], { now: cancelledAt })).referenceNumber,
    ).toBe('OUHL 2/2026');
  });

  it('logs Storno with the reason and queues it', async () => {
    await cancelDocument(db, pid, 'Zaevidováno omylem', cancelledAt);
    const last = await db.txlog.orderBy('seq').last();
    expect(last).toMatchObject({
      event: 'Storno',
      entityType: 'document',
      entityId: pid,
      actor: testUser,
      at: cancelledAt.toISOString(),
      detail: { reason: 'Zaevidováno omylem', referenceNumber: 'OUHL 1/2026' },
    });
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 2 });
    const queued = await db.outbox.where('kind').equals('document.cancel').toArray();
    expect(queued).toEqual([
      expect.objectContaining({ entityId: pid, payload: { pid, reason: 'Zaevidováno omylem' } }),
    ]);
  });

  it.each(['', '   \n '])('requires a reason (%j)', async (reason) => {
    const before = await snapshot(db);
    const error = await refusal(cancelDocument(db, pid, reason, cancelledAt));
    expect(error.issues).toEqual([{ path: 'reason', message: 'validation.cancelReason.required' }]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an over-long reason', async () => {
    const error = await refusal(
      cancelDocument(db, pid, 'x'.repeat(CANCEL_REASON_MAX + 1), cancelledAt),
    );
    expect(error.issues).toEqual([
      { path: 'reason', message: 'validation.tooLong', params: { max: CANCEL_REASON_MAX } },
    ]);
    expect((await db.documents.get(pid))?.state).toBe('registered');
  });

  it('refuses to cancel twice and writes nothing the second time', async () => {
    await cancelDocument(db, pid, 'Omyl', cancelledAt);
    const before = await snapshot(db);
    expect((await refusal(cancelDocument(db, pid, 'Znovu', cancelledAt))).code).toBe(
      'errors.alreadyCancelled',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an unknown document', async () => {
    const before = await snapshot(db);
    expect((await refusal(cancelDocument(db, 'OUHLNEEXISTUJE', 'Omyl', cancelledAt))).code).toBe(
      'errors.documentNotFound',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('cancelDocument and the life cycle', () => {
  it('refuses a document in a case file and a settled one, changing nothing', async () => {
    await createCaseFile(
      db,
      { title: 'T', fileMark: '1.1', handler: testUser, initiatorPid: pid },
      cancelledAt,
    );
    const other = await registerDocument(db, incomingInput(), [], { now: registeredAt });
    await settleDocument(db, other.pid, { date: '2026-03-02', method: 'noted' }, cancelledAt);
    const before = await snapshot(db);
    expect((await refusal(cancelDocument(db, pid, 'omyl', cancelledAt))).code).toBe(
      'errors.cancelInCaseFile',
    );
    expect((await refusal(cancelDocument(db, other.pid, 'omyl', cancelledAt))).code).toBe(
      'errors.cancelNotNew',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
