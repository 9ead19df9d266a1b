import { describe, expect, it } from 'vitest';
import { cancelDocument } from '../../db/commands/cancelDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { eachTestDatabase } from '../../db/testing/databaseLifecycle';
import { snapshot, testUser } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import { draftLetter } from '../testing/draftLetter';
import { expectIssues, expectRefusal } from '../testing/texts';
import { requestSignature } from './requestSignature';

const now = new Date('2026-03-02T10:00:00.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => (db = opened));

describe('requestSignature', () => {
  it('puts a draft into the queue with the request, a log entry and an outbox entry', async () => {
    const letter = await draftLetter(db, now);
    await requestSignature(
      db,
      {
        letterId: letter.letterId,
        signerName: '  Petr Starosta ',
        signerFunction: 'starosta',
        note: 'Prosím do pátku.',
      },
      { now },
    );
    const stored = await db.letters.get(letter.letterId);
    expect(stored).toMatchObject({
      state: 'awaitingSignature',
      queuedAt: now.toISOString(),
      request: {
        signerName: 'Petr Starosta',
        signerFunction: 'starosta',
        note: 'Prosím do pátku.',
        requestedAt: now.toISOString(),
        requestedBy: testUser,
      },
      updatedAt: now.toISOString(),
    });
    expect(stored?.history.at(-1)).toEqual({
      at: now.toISOString(),
      by: testUser,
      step: 'requested',
      comment: 'Prosím do pátku.',
      detail: 'Petr Starosta',
    });
    const outbox = await db.outbox.where('kind').equals('letter.requestSignature').toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      entityId: letter.letterId,
      payload: { pid: letter.pid, letterId: letter.letterId, signerName: 'Petr Starosta' },
    });
    expect(await db.txlog.orderBy('seq').last()).toMatchObject({
      event: 'Uprava',
      entityType: 'document',
      entityId: letter.pid,
      detail: { action: 'letter.requestSignature', signer: 'Petr Starosta' },
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
    // The queue reads oldest first by its index.
    expect((await db.letters.orderBy('queuedAt').toArray()).map((row) => row.id)).toEqual([
      letter.letterId,
    ]);
  });

  it('takes a returned letter back into the queue', async () => {
    const letter = await draftLetter(db, now, { state: 'returned' });
    await requestSignature(db, { letterId: letter.letterId, signerName: 'Starosta' }, { now });
    expect((await db.letters.get(letter.letterId))?.state).toBe('awaitingSignature');
  });

  it('refuses a missing signer name and too long texts, storing nothing', async () => {
    const letter = await draftLetter(db, now);
    const before = await snapshot(db);
    expectIssues(
      await refusal(
        requestSignature(
          db,
          { letterId: letter.letterId, signerName: '  ', note: 'x'.repeat(2001) },
          { now },
        ),
      ),
      [
        ['signerName', 'signingUi.validation.signerRequired'],
        ['note', 'signingUi.validation.tooLong'],
      ],
    );
    expectIssues(
      await refusal(
        requestSignature(
          db,
          {
            letterId: letter.letterId,
            signerName: 'x'.repeat(201),
            signerFunction: 'y'.repeat(201),
          },
          { now },
        ),
      ),
      [
        ['signerName', 'signingUi.validation.tooLong'],
        ['signerFunction', 'signingUi.validation.tooLong'],
      ],
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a letter without a rendering', async () => {
    const letter = await draftLetter(db, now, { draftBlobId: null });
    const before = await snapshot(db);
    expectRefusal(
      await refusal(requestSignature(db, { letterId: letter.letterId, signerName: 'S' }, { now })),
      'errors.letterSigning.noRendering',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a letter whose rendering is gone', async () => {
    const letter = await draftLetter(db, now);
    await db.letterBlobs.delete(letter.draftBlobId);
    expectRefusal(
      await refusal(requestSignature(db, { letterId: letter.letterId, signerName: 'S' }, { now })),
      'errors.letterSigning.noRendering',
    );
  });

  it('refuses a letter already waiting', async () => {
    const letter = await draftLetter(db, now);
    await requestSignature(db, { letterId: letter.letterId, signerName: 'S' }, { now });
    const before = await snapshot(db);
    expectRefusal(
      await refusal(requestSignature(db, { letterId: letter.letterId, signerName: 'S' }, { now })),
      'errors.letterSigning.alreadyWaiting',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it.each(['signed', 'dispatched'] as const)('refuses a %s letter', async (state) => {
    const letter = await draftLetter(db, now, { state });
    expectRefusal(
      await refusal(requestSignature(db, { letterId: letter.letterId, signerName: 'S' }, { now })),
      'errors.letterSigning.alreadySigned',
    );
  });

  it('refuses a letter of a cancelled document', async () => {
    const letter = await draftLetter(db, now);
    await cancelDocument(db, letter.pid, 'Založeno omylem', now);
    const before = await snapshot(db);
    expectRefusal(
      await refusal(requestSignature(db, { letterId: letter.letterId, signerName: 'S' }, { now })),
      'errors.letterSigning.documentCancelled',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a letter of a closed document', async () => {
    const letter = await draftLetter(db, now);
    await db.documents.update(letter.pid, { state: 'inRecordsOffice' });
    expectRefusal(
      await refusal(requestSignature(db, { letterId: letter.letterId, signerName: 'S' }, { now })),
      'errors.letterSigning.documentClosed',
    );
  });

  it('refuses a letter that does not exist', async () => {
    expectRefusal(
      await refusal(requestSignature(db, { letterId: 'nic', signerName: 'S' }, { now })),
      'errors.letterSigning.letterNotFound',
    );
  });
});
