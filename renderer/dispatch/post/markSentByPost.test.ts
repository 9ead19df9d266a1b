import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { configureOffice, openTestDatabase, snapshot } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import { planStep } from '../../sync/push/plan';
import { recordSignature } from '../../signing/commands/recordSignature';
import { requestSignature } from '../../signing/commands/requestSignature';
import { appendedUpdate, btOutcome, draftLetter } from '../../signing/testing/draftLetter';
import { expectIssues, expectRefusal } from '../../signing/testing/texts';
import { cancelDocument } from '../../db/commands/cancelDocument';
import { markSentByPost } from './markSentByPost';

// Signed on 3 March (office time); "today" is 5 March.
const signedAt = new Date('2026-03-03T09:00:05.000Z');
const now = new Date('2026-03-05T10:00:00.000Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});

afterEach(async () => {
  await db.delete();
});

async function signed() {
  const letter = await draftLetter(db, new Date('2026-03-02T10:00:00.000Z'));
  await requestSignature(db, { letterId: letter.letterId, signerName: 'Starosta' });
  await recordSignature(
    db,
    { letterId: letter.letterId, signedPdf: appendedUpdate(letter.draft), outcome: btOutcome },
    { now: signedAt },
  );
  return letter;
}

describe('markSentByPost', () => {
  it('records the mail kind and the day, and the letter is dispatched', async () => {
    const letter = await signed();
    await markSentByPost(
      db,
      { letterId: letter.letterId, mailKind: 'doporuceneDodejka', sentOn: '2026-03-04' },
      { now },
    );
    const stored = await db.letters.get(letter.letterId);
    expect(stored).toMatchObject({
      state: 'dispatched',
      post: { mailKind: 'doporuceneDodejka', sentOn: '2026-03-04', returnReceiptOn: null },
    });
    expect(stored?.history.at(-1)).toMatchObject({
      step: 'sentByPost',
      detail: 'doporuceneDodejka',
    });
    const entry = await db.outbox.where('kind').equals('dispatch.post').last();
    expect(entry).toMatchObject({
      entityId: letter.letterId,
      payload: { pid: letter.pid, mailKind: 'doporuceneDodejka', sentOn: '2026-03-04' },
    });
    // Kept on the device until the eSSL has an event for it.
    expect((await planStep(db, entry!)).op).toBe('local');
    expect(await db.txlog.orderBy('seq').last()).toMatchObject({
      event: 'Uprava',
      entityId: letter.pid,
      detail: { action: 'letter.sentByPost', mailKind: 'doporuceneDodejka', sentOn: '2026-03-04' },
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('accepts the day of the signature and today', async () => {
    const letter = await signed();
    await markSentByPost(
      db,
      { letterId: letter.letterId, mailKind: 'obycejne', sentOn: '2026-03-03' },
      { now },
    );
    const other = await signed();
    await markSentByPost(
      db,
      { letterId: other.letterId, mailKind: 'obycejne', sentOn: '2026-03-05' },
      { now },
    );
    expect(await db.letters.where('state').equals('dispatched').count()).toBe(2);
  });

  it('refuses a day in the future', async () => {
    const letter = await signed();
    const before = await snapshot(db);
    expectIssues(
      await refusal(
        markSentByPost(
          db,
          { letterId: letter.letterId, mailKind: 'doporucene', sentOn: '2026-03-06' },
          { now },
        ),
      ),
      [['sentOn', 'postDispatch.validation.dateFuture']],
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a day before the signature', async () => {
    const letter = await signed();
    const error = await refusal(
      markSentByPost(
        db,
        { letterId: letter.letterId, mailKind: 'doporucene', sentOn: '2026-03-02' },
        { now },
      ),
    );
    expectIssues(error, [['sentOn', 'postDispatch.validation.beforeSignature']]);
    expect(error.issues[0]?.params).toEqual({ date: '2026-03-03' });
  });

  it('refuses a date that does not exist', async () => {
    const letter = await signed();
    expectIssues(
      await refusal(
        markSentByPost(
          db,
          { letterId: letter.letterId, mailKind: 'doporucene', sentOn: '2026-02-30' },
          { now },
        ),
      ),
      [['sentOn', 'postDispatch.validation.dateInvalid']],
    );
  });

  it('refuses an unknown mail kind', async () => {
    const letter = await signed();
    expectIssues(
      await refusal(
        markSentByPost(
          db,
          { letterId: letter.letterId, mailKind: 'balik' as 'obycejne', sentOn: '2026-03-04' },
          { now },
        ),
      ),
      [['mailKind', 'postDispatch.validation.mailKind']],
    );
  });

  it.each(['draft', 'awaitingSignature', 'returned'] as const)(
    'refuses a %s letter',
    async (state) => {
      const letter = await draftLetter(db, now, { state });
      expectRefusal(
        await refusal(
          markSentByPost(
            db,
            { letterId: letter.letterId, mailKind: 'obycejne', sentOn: '2026-03-04' },
            { now },
          ),
        ),
        'errors.postDispatch.notSigned',
      );
    },
  );

  it('refuses a letter already dispatched', async () => {
    const letter = await signed();
    const input = {
      letterId: letter.letterId,
      mailKind: 'obycejne' as const,
      sentOn: '2026-03-04',
    };
    await markSentByPost(db, input, { now });
    expectRefusal(
      await refusal(markSentByPost(db, input, { now })),
      'errors.postDispatch.alreadyDispatched',
    );
  });

  it('refuses a letter whose document was cancelled', async () => {
    const letter = await signed();
    await cancelDocument(db, letter.pid, 'Omyl', now);
    expectRefusal(
      await refusal(
        markSentByPost(
          db,
          { letterId: letter.letterId, mailKind: 'obycejne', sentOn: '2026-03-04' },
          { now },
        ),
      ),
      'errors.letterSigning.documentCancelled',
    );
  });
});
