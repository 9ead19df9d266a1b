import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import { cancelDocument } from '../../db/commands/cancelDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { eachTestDatabase } from '../../db/testing/databaseLifecycle';
import { snapshot } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import { planStep } from '../../sync/push/plan';
import {
  appendedUpdate,
  bbOutcome,
  btOutcome,
  draftLetter,
  queuedLetter,
} from '../testing/draftLetter';
import { recordSignature } from './recordSignature';
import { expectIssues, expectRefusal } from '../testing/texts';
import { blobBytes, sha256Hex } from './signedBytes';
import { draftBase, requireUnchangedBase } from './signingBase';

const now = new Date('2026-03-03T09:00:05.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => (db = opened));

const queued = () => queuedLetter(db);

describe('recordSignature', () => {
  it('keeps the signed PDF as a new component, byte for byte, and marks the letter signed', async () => {
    const letter = await queued();
    const signedPdf = appendedUpdate(letter.draft);
    const { componentId, additional } = await recordSignature(
      db,
      { letterId: letter.letterId, signedPdf, outcome: btOutcome },
      { now },
    );
    expect(additional).toBe(false);
    const component = await db.components.get(componentId);
    const reference = letter.referenceNumber.replace(/[^\p{L}\p{N}]+/gu, '-');
    expect(component).toMatchObject({
      pid: letter.pid,
      name: `${reference}-podepsano.pdf`,
      mime: 'application/pdf',
      size: signedPdf.length,
      sha256: sha256Hex(signedPdf),
      role: 'signedLetter',
      addedAt: now.toISOString(),
    });
    expect(await blobBytes(component!.blob)).toEqual(signedPdf);
    expect((await db.documents.get(letter.pid))?.componentCount).toBe(1);
    const stored = await db.letters.get(letter.letterId);
    expect(stored).toMatchObject({
      state: 'signed',
      queuedAt: null,
      signedComponentId: componentId,
      signatureLevel: 'B-T',
    });
    expect(stored?.history.at(-1)).toMatchObject({
      step: 'signed',
      detail: 'B-T',
      comment: 'Petr Starosta',
    });
    const kinds = (await db.outbox.orderBy('seq').toArray()).map((entry) => entry.kind);
    expect(kinds.slice(-2)).toEqual(['component.add', 'letter.sign']);
    const log = (await db.txlog.orderBy('seq').toArray()).slice(-2);
    expect(log.map((entry) => [entry.event, entry.entityType, entry.entityId])).toEqual([
      ['Zalozeni', 'component', componentId],
      ['Uprava', 'document', letter.pid],
    ]);
    expect(log[1]?.detail).toMatchObject({ action: 'letter.sign', level: 'B-T' });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('sends the signed file to the eSSL with the document', async () => {
    const letter = await queued();
    const signedPdf = appendedUpdate(letter.draft);
    await recordSignature(
      db,
      { letterId: letter.letterId, signedPdf, outcome: btOutcome },
      { now },
    );
    const entry = await db.outbox.where('kind').equals('component.add').last();
    const step = await planStep(db, entry!);
    expect(step.op).toBe('events');
    const letterSign = await db.outbox.where('kind').equals('letter.sign').last();
    expect((await planStep(db, letterSign!)).op).toBe('local');
  });

  it('appends a second signature when the new bytes extend the signed ones', async () => {
    const letter = await queued();
    const first = appendedUpdate(letter.draft, 'first');
    const { componentId } = await recordSignature(
      db,
      { letterId: letter.letterId, signedPdf: first, outcome: bbOutcome },
      { now },
    );
    const second = appendedUpdate(first, 'second');
    const result = await recordSignature(
      db,
      { letterId: letter.letterId, signedPdf: second, outcome: btOutcome },
      { now },
    );
    expect(result).toEqual({ componentId, additional: true });
    expect(await db.components.where('pid').equals(letter.pid).count()).toBe(1);
    const component = await db.components.get(componentId);
    expect(await blobBytes(component!.blob)).toEqual(second);
    expect(component?.sha256).toBe(sha256Hex(second));
    expect((await db.letters.get(letter.letterId))?.signatureLevel).toBe('B-T');
    expect(await db.outbox.where('kind').equals('component.add').count()).toBe(1);
    expect(await db.outbox.where('kind').equals('letter.sign').count()).toBe(2);
    const [componentLog] = (await db.txlog.orderBy('seq').toArray()).slice(-2);
    expect(componentLog).toMatchObject({
      event: 'Uprava',
      entityType: 'component',
      detail: { before: sha256Hex(first), after: sha256Hex(second) },
    });
  });

  it('refuses a second signature that does not extend the signed bytes', async () => {
    const letter = await queued();
    const first = appendedUpdate(letter.draft, 'first');
    await recordSignature(db, { letterId: letter.letterId, signedPdf: first, outcome: bbOutcome });
    const before = await snapshot(db);
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf: appendedUpdate(letter.draft, 'other'),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.notAppended',
    );
    expectRefusal(
      await refusal(
        recordSignature(db, { letterId: letter.letterId, signedPdf: first, outcome: btOutcome }),
      ),
      'errors.letterSigning.notAppended',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses signed bytes that are not the letter in the queue', async () => {
    const letter = await queued();
    const other = appendedUpdate(new TextEncoder().encode('%PDF-1.7\n% another letter\n'));
    const before = await snapshot(db);
    expectRefusal(
      await refusal(
        recordSignature(db, { letterId: letter.letterId, signedPdf: other, outcome: btOutcome }),
      ),
      'errors.letterSigning.notThisLetter',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses what is not a PDF', async () => {
    const letter = await queued();
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf: new TextEncoder().encode('<html>'),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.notPdf',
    );
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf: new Uint8Array(),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.notPdf',
    );
  });

  it('refuses a PDF over the size limit', async () => {
    const letter = await queued();
    const huge = new Uint8Array(64 * 1024 * 1024 + 1);
    huge.set(minimalPdf());
    expectRefusal(
      await refusal(
        recordSignature(db, { letterId: letter.letterId, signedPdf: huge, outcome: btOutcome }),
      ),
      'errors.letterSigning.tooLarge',
    );
  });

  it('refuses an outcome that does not add up', async () => {
    const letter = await queued();
    const signedPdf = appendedUpdate(letter.draft);
    expectIssues(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf,
          outcome: { level: 'B-T', signingTime: 'včera', timestampTime: null, signerName: ' ' },
        }),
      ),
      [
        ['outcome.signingTime', 'signingUi.validation.signingTime'],
        ['outcome.timestampTime', 'signingUi.validation.timestampTime'],
        ['outcome.signerName', 'signingUi.validation.signerRequired'],
      ],
    );
    expectIssues(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf,
          outcome: { ...btOutcome, level: 'B-LTA' as 'B-T' },
        }),
      ),
      [
        ['outcome.level', 'signingUi.validation.level'],
        ['outcome.timestampTime', 'signingUi.validation.timestampTime'],
      ],
    );
  });

  it.each(['draft', 'returned', 'dispatched'] as const)('refuses a %s letter', async (state) => {
    const letter = await draftLetter(db, now, { state });
    const before = await snapshot(db);
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf: appendedUpdate(letter.draft),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.notAwaiting',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a letter whose document was cancelled while it waited', async () => {
    const letter = await queued();
    await cancelDocument(db, letter.pid, 'Omyl', now);
    const before = await snapshot(db);
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf: appendedUpdate(letter.draft),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.documentCancelled',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a letter whose document was closed while it waited', async () => {
    const letter = await queued();
    await db.documents.update(letter.pid, { state: 'closed' });
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf: appendedUpdate(letter.draft),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.documentClosed',
    );
    expect(await db.components.count()).toBe(0);
  });

  it('refuses a second signature when the signed file is gone', async () => {
    const letter = await queued();
    const first = appendedUpdate(letter.draft);
    const { componentId } = await recordSignature(db, {
      letterId: letter.letterId,
      signedPdf: first,
      outcome: bbOutcome,
    });
    await db.components.delete(componentId);
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: letter.letterId,
          signedPdf: appendedUpdate(first),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.signedFileMissing',
    );
  });

  it('refuses when the rendering changed after its bytes were read', async () => {
    const letter = await queued();
    const base = await draftBase(db, letter.draftBlobId);
    // The editor replaced the rendering while the mayor was signing the old one.
    await db.letterBlobs.update(letter.draftBlobId, { sha256: 'f'.repeat(64) });
    expectRefusal(
      await refusal(
        db.transaction('r', [db.letterBlobs, db.components], () => requireUnchangedBase(db, base)),
      ),
      'errors.letterSigning.changedMeanwhile',
    );
  });

  it('refuses a missing letter', async () => {
    expectRefusal(
      await refusal(
        recordSignature(db, {
          letterId: 'nic',
          signedPdf: appendedUpdate(minimalPdf()),
          outcome: btOutcome,
        }),
      ),
      'errors.letterSigning.letterNotFound',
    );
  });
});
