import { describe, expect, it } from 'vitest';
import type { MailKind } from '../../../common/domain/letter';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { eachTestDatabase } from '../../db/testing/databaseLifecycle';
import { snapshot } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import { planStep } from '../../sync/push/plan';
import { draftLetter, signedLetter } from '../../signing/testing/draftLetter';
import { expectIssues, expectRefusal } from '../../signing/testing/texts';
import { cancelDocument } from '../../db/commands/cancelDocument';
import { markSentByPost } from './markSentByPost';

// Signed on 3 March (office time); "today" is 5 March.
const signedAt = new Date('2026-03-03T09:00:05.000Z');
const now = new Date('2026-03-05T10:00:00.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => (db = opened));

const signed = () => signedLetter(db, { signedAt });

const post = (letter: { letterId: string }, mailKind: MailKind, sentOn: string) =>
  markSentByPost(db, { letterId: letter.letterId, mailKind, sentOn }, { now });

describe('markSentByPost', () => {
  it('records the mail kind and the day, and the letter is dispatched', async () => {
    const letter = await signed();
    await post(letter, 'doporuceneDodejka', '2026-03-04');
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
    await post(letter, 'obycejne', '2026-03-03');
    const other = await signed();
    await post(other, 'obycejne', '2026-03-05');
    expect(await db.letters.where('state').equals('dispatched').count()).toBe(2);
  });

  it('refuses a day in the future', async () => {
    const letter = await signed();
    const before = await snapshot(db);
    expectIssues(await refusal(post(letter, 'doporucene', '2026-03-06')), [
      ['sentOn', 'postDispatch.validation.dateFuture'],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a day before the signature', async () => {
    const letter = await signed();
    const error = await refusal(post(letter, 'doporucene', '2026-03-02'));
    expectIssues(error, [['sentOn', 'postDispatch.validation.beforeSignature']]);
    expect(error.issues[0]?.params).toEqual({ date: '2026-03-03' });
  });

  it('refuses a date that does not exist', async () => {
    const letter = await signed();
    expectIssues(await refusal(post(letter, 'doporucene', '2026-02-30')), [
      ['sentOn', 'postDispatch.validation.dateInvalid'],
    ]);
  });

  it('refuses an unknown mail kind', async () => {
    const letter = await signed();
    expectIssues(await refusal(post(letter, 'balik' as 'obycejne', '2026-03-04')), [
      ['mailKind', 'postDispatch.validation.mailKind'],
    ]);
  });

  it.each(['draft', 'awaitingSignature', 'returned'] as const)(
    'refuses a %s letter',
    async (state) => {
      const letter = await draftLetter(db, now, { state });
      expectRefusal(
        await refusal(post(letter, 'obycejne', '2026-03-04')),
        'errors.postDispatch.notSigned',
      );
    },
  );

  it('refuses a letter already dispatched', async () => {
    const letter = await signed();
    await post(letter, 'obycejne', '2026-03-04');
    expectRefusal(
      await refusal(post(letter, 'obycejne', '2026-03-04')),
      'errors.postDispatch.alreadyDispatched',
    );
  });

  it('refuses a letter whose document was cancelled', async () => {
    const letter = await signed();
    await cancelDocument(db, letter.pid, 'Omyl', now);
    expectRefusal(
      await refusal(post(letter, 'obycejne', '2026-03-04')),
      'errors.letterSigning.documentCancelled',
    );
  });
});
