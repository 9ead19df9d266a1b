import { describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { eachTestDatabase } from '../../db/testing/databaseLifecycle';
import { snapshot } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import {
  appendedUpdate,
  bbOutcome,
  btOutcome,
  draftLetter,
  signedLetter,
} from '../testing/draftLetter';
import { expectRefusal } from '../testing/texts';
import type { SignatureOutcome } from './recordSignature';
import { recordTimestamp } from './recordTimestamp';
import { blobBytes, sha256Hex } from './signedBytes';

const now = new Date('2026-03-03T12:00:00.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => (db = opened));

const signed = (outcome: SignatureOutcome = bbOutcome) => signedLetter(db, { outcome });

describe('recordTimestamp', () => {
  it('replaces the B-B signed file by its timestamped continuation and counts it B-T', async () => {
    const letter = await signed();
    const pdf = appendedUpdate(letter.signedPdf, 'timestamp');
    await recordTimestamp(
      db,
      { letterId: letter.letterId, pdf, timestampTime: '2026-03-03T11:59:59.000Z' },
      { now },
    );
    const component = await db.components.get(letter.componentId);
    expect(await blobBytes(component!.blob)).toEqual(pdf);
    expect(component).toMatchObject({ sha256: sha256Hex(pdf), size: pdf.length });
    const stored = await db.letters.get(letter.letterId);
    expect(stored).toMatchObject({ state: 'signed', signatureLevel: 'B-T' });
    expect(stored?.history.at(-1)).toMatchObject({
      step: 'timestamped',
      detail: '2026-03-03T11:59:59.000Z',
    });
    expect(await db.outbox.where('kind').equals('letter.timestamp').toArray()).toEqual([
      expect.objectContaining({
        entityId: letter.letterId,
        payload: expect.objectContaining({
          componentId: letter.componentId,
          sha256: sha256Hex(pdf),
        }),
      }),
    ]);
    const log = (await db.txlog.orderBy('seq').toArray()).slice(-2);
    expect(log.map((entry) => [entry.event, entry.entityType])).toEqual([
      ['Uprava', 'component'],
      ['Uprava', 'document'],
    ]);
    expect(log[0]?.detail).toMatchObject({
      before: sha256Hex(letter.signedPdf),
      after: sha256Hex(pdf),
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('refuses bytes that do not extend the signed file', async () => {
    const letter = await signed();
    const before = await snapshot(db);
    expectRefusal(
      await refusal(
        recordTimestamp(db, {
          letterId: letter.letterId,
          pdf: appendedUpdate(letter.draft, 'timestamp'),
        }),
      ),
      'errors.letterSigning.notAppended',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses what is not a PDF', async () => {
    const letter = await signed();
    expectRefusal(
      await refusal(
        recordTimestamp(db, { letterId: letter.letterId, pdf: new TextEncoder().encode('abc') }),
      ),
      'errors.letterSigning.notPdf',
    );
  });

  it('refuses a letter that already has a timestamp', async () => {
    const letter = await signed(btOutcome);
    expectRefusal(
      await refusal(
        recordTimestamp(db, {
          letterId: letter.letterId,
          pdf: appendedUpdate(letter.signedPdf, 'timestamp'),
        }),
      ),
      'errors.letterSigning.alreadyTimestamped',
    );
  });

  it.each(['draft', 'awaitingSignature', 'returned', 'dispatched'] as const)(
    'refuses a %s letter',
    async (state) => {
      const letter = await draftLetter(db, now, { state });
      expectRefusal(
        await refusal(
          recordTimestamp(db, { letterId: letter.letterId, pdf: appendedUpdate(letter.draft) }),
        ),
        'errors.letterSigning.notSigned',
      );
    },
  );

  it('refuses a letter whose signed file is gone', async () => {
    const letter = await signed();
    await db.components.delete(letter.componentId);
    expectRefusal(
      await refusal(
        recordTimestamp(db, {
          letterId: letter.letterId,
          pdf: appendedUpdate(letter.signedPdf, 'timestamp'),
        }),
      ),
      'errors.letterSigning.signedFileMissing',
    );
  });

  it('refuses a missing letter', async () => {
    expectRefusal(
      await refusal(
        recordTimestamp(db, {
          letterId: 'nic',
          pdf: appendedUpdate(new Uint8Array([37, 80, 68, 70, 45])),
        }),
      ),
      'errors.letterSigning.letterNotFound',
    );
  });
});
