import { describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { eachTestDatabase } from '../../db/testing/databaseLifecycle';
import { snapshot, testUser } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import { draftLetter, queuedLetter } from '../testing/draftLetter';
import { expectIssues, expectRefusal } from '../testing/texts';
import { returnLetter } from './returnLetter';

const now = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-02T14:00:00.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => (db = opened));

const queued = () => queuedLetter(db, now);

describe('returnLetter', () => {
  it('returns a queued letter with the comment and takes it off the queue', async () => {
    const letter = await queued();
    await returnLetter(
      db,
      { letterId: letter.letterId, comment: ' Opravte datum jednání. ' },
      { now: later },
    );
    const stored = await db.letters.get(letter.letterId);
    expect(stored).toMatchObject({ state: 'returned', queuedAt: null });
    expect(stored?.history.at(-1)).toEqual({
      at: later.toISOString(),
      by: testUser,
      step: 'returned',
      comment: 'Opravte datum jednání.',
    });
    expect(await db.letters.orderBy('queuedAt').count()).toBe(0);
    expect(await db.outbox.where('kind').equals('letter.return').toArray()).toEqual([
      expect.objectContaining({
        entityId: letter.letterId,
        payload: { pid: letter.pid, letterId: letter.letterId, comment: 'Opravte datum jednání.' },
      }),
    ]);
    expect(await db.txlog.orderBy('seq').last()).toMatchObject({
      event: 'Uprava',
      entityId: letter.pid,
      detail: { action: 'letter.return', comment: 'Opravte datum jednání.' },
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('refuses without a comment', async () => {
    const letter = await queued();
    const before = await snapshot(db);
    expectIssues(await refusal(returnLetter(db, { letterId: letter.letterId, comment: ' \n ' })), [
      ['comment', 'signingUi.validation.commentRequired'],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a comment over 2000 characters', async () => {
    const letter = await queued();
    expectIssues(
      await refusal(returnLetter(db, { letterId: letter.letterId, comment: 'a'.repeat(2001) })),
      [['comment', 'signingUi.validation.tooLong']],
    );
  });

  it.each(['draft', 'returned', 'signed', 'dispatched'] as const)(
    'refuses a %s letter',
    async (state) => {
      const letter = await draftLetter(db, now, { state });
      const before = await snapshot(db);
      expectRefusal(
        await refusal(returnLetter(db, { letterId: letter.letterId, comment: 'Opravit' })),
        'errors.letterSigning.notAwaiting',
      );
      expect(await snapshot(db)).toEqual(before);
    },
  );
});
