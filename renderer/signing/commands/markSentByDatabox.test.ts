import { describe, expect, it } from 'vitest';
import { queueDispatch } from '../../databox/dispatch/queueDispatch';
import { ownLetter } from '../../databox/testing/ownDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { eachTestDatabase } from '../../db/testing/databaseLifecycle';
import { snapshot } from '../../db/testing/fixtures';
import { draftLetter, signedLetter } from '../testing/draftLetter';
import { expectRefusal } from '../testing/texts';
import { markSentByDatabox } from './markSentByDatabox';

const now = new Date('2026-03-03T12:00:00.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => (db = opened));

const signed = () => signedLetter(db);

const queueWith = (pid: string, componentIds: string[]) =>
  queueDispatch(db, {
    pid,
    boxKey: 'obec',
    envelope: { dbIDRecipient: 'cit7777', dmAnnotation: 'Výzva' },
    fileComponentIds: componentIds,
  });

describe('markSentByDatabox', () => {
  it('marks the signed letter dispatched once its data message is queued', async () => {
    const letter = await signed();
    const { messageId } = await queueWith(letter.pid, [letter.componentId]);
    await markSentByDatabox(db, { letterId: letter.letterId, messageId }, { now });
    const stored = await db.letters.get(letter.letterId);
    expect(stored?.state).toBe('dispatched');
    expect(stored?.history.at(-1)).toMatchObject({ step: 'sentByDatabox', detail: messageId });
    expect(await db.outbox.where('kind').equals('dispatch.databox').count()).toBe(1);
    expect(await db.txlog.orderBy('seq').last()).toMatchObject({
      event: 'Uprava',
      entityId: letter.pid,
      detail: { action: 'letter.sentByDatabox', messageId },
    });
  });

  it('refuses a message that does not carry the signed letter', async () => {
    const letter = await signed();
    const other = await ownLetter(db, now);
    const { messageId } = await queueWith(other.pid, other.fileComponentIds);
    const before = await snapshot(db);
    expectRefusal(
      await refusal(markSentByDatabox(db, { letterId: letter.letterId, messageId })),
      'errors.letterSigning.messageMismatch',
    );
    expectRefusal(
      await refusal(markSentByDatabox(db, { letterId: letter.letterId, messageId: 'sent:nic' })),
      'errors.letterSigning.messageMismatch',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a letter not signed yet', async () => {
    const letter = await draftLetter(db, now, { state: 'awaitingSignature' });
    expectRefusal(
      await refusal(markSentByDatabox(db, { letterId: letter.letterId, messageId: 'sent:x' })),
      'errors.letterSigning.notSigned',
    );
  });

  it('refuses a letter already dispatched', async () => {
    const letter = await signed();
    const { messageId } = await queueWith(letter.pid, [letter.componentId]);
    await markSentByDatabox(db, { letterId: letter.letterId, messageId });
    expectRefusal(
      await refusal(markSentByDatabox(db, { letterId: letter.letterId, messageId })),
      'errors.postDispatch.alreadyDispatched',
    );
  });
});
