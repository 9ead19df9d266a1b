import { describe, expect, it } from 'vitest';
import type { MailKind } from '../../../common/domain/letter';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { eachTestDatabase } from '../../db/testing/databaseLifecycle';
import { snapshot } from '../../db/testing/fixtures';
import { draftLetter, signedLetter } from '../../signing/testing/draftLetter';
import { expectIssues, expectRefusal } from '../../signing/testing/texts';
import { markSentByPost } from './markSentByPost';
import { recordReturnReceipt } from './recordReturnReceipt';

const now = new Date('2026-03-10T10:00:00.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => (db = opened));

async function posted(mailKind: MailKind = 'doporuceneDodejka') {
  const letter = await signedLetter(db, { signedAt: new Date('2026-03-03T09:00:00.000Z') });
  await markSentByPost(db, { letterId: letter.letterId, mailKind, sentOn: '2026-03-04' }, { now });
  return letter;
}

describe('recordReturnReceipt', () => {
  it('records the day on the dodejka', async () => {
    const letter = await posted();
    await recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-06' }, { now });
    const stored = await db.letters.get(letter.letterId);
    expect(stored?.post).toEqual({
      mailKind: 'doporuceneDodejka',
      sentOn: '2026-03-04',
      returnReceiptOn: '2026-03-06',
    });
    expect(stored?.history.at(-1)).toMatchObject({ step: 'returnReceipt', detail: '2026-03-06' });
    expect(await db.outbox.where('kind').equals('dispatch.returnReceipt').count()).toBe(1);
    expect(await db.txlog.orderBy('seq').last()).toMatchObject({
      event: 'Uprava',
      entityId: letter.pid,
      detail: { action: 'letter.returnReceipt', receivedOn: '2026-03-06' },
    });
  });

  it('takes the receipt of a letter sent to own hands', async () => {
    const letter = await posted('doVlastnichRukou');
    await recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-04' }, { now });
    expect((await db.letters.get(letter.letterId))?.post?.returnReceiptOn).toBe('2026-03-04');
  });

  it('refuses a day before the letter was posted', async () => {
    const letter = await posted();
    const before = await snapshot(db);
    const error = await refusal(
      recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-03' }, { now }),
    );
    expectIssues(error, [['receivedOn', 'postDispatch.validation.beforeSent']]);
    expect(error.issues[0]?.params).toEqual({ date: '2026-03-04' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a day in the future', async () => {
    const letter = await posted();
    expectIssues(
      await refusal(
        recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-11' }, { now }),
      ),
      [['receivedOn', 'postDispatch.validation.dateFuture']],
    );
  });

  it('refuses something that is not a date', async () => {
    const letter = await posted();
    expectIssues(
      await refusal(
        recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '6. 3. 2026' }, { now }),
      ),
      [['receivedOn', 'postDispatch.validation.dateInvalid']],
    );
  });

  it.each(['obycejne', 'doporucene'] as const)('refuses mail sent %s', async (mailKind) => {
    const letter = await posted(mailKind);
    expectRefusal(
      await refusal(
        recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-06' }, { now }),
      ),
      'errors.postDispatch.noReceiptForKind',
    );
  });

  it('refuses a second receipt', async () => {
    const letter = await posted();
    await recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-06' }, { now });
    expectRefusal(
      await refusal(
        recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-07' }, { now }),
      ),
      'errors.postDispatch.receiptAlreadyRecorded',
    );
  });

  it.each(['signed', 'awaitingSignature'] as const)(
    'refuses a %s letter not sent by post',
    async (state) => {
      const letter = await draftLetter(db, now, { state });
      expectRefusal(
        await refusal(
          recordReturnReceipt(db, { letterId: letter.letterId, receivedOn: '2026-03-06' }, { now }),
        ),
        'errors.postDispatch.notSentByPost',
      );
    },
  );
});
