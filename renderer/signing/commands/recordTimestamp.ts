import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { letterOutboxKinds, requireLetter } from './letterSupport';
import { runLetterCommand, writeLetterStep } from './letterStep';
import { extensionOf, replaceSignedBytes, requireUnchangedBase, signedBase } from './signingBase';
import { requirePdf } from './signedBytes';

export interface RecordTimestampInput {
  letterId: string;
  /** The signed PDF with a document timestamp appended (`signing.addTimestamp`). */
  pdf: Uint8Array;
  /** The timestamp's genTime, for the letter's history. */
  timestampTime?: string | null;
}

/**
 * A B-B letter (signed while the timestamp authority was away) gets its document
 * timestamp before it leaves: the signed component's bytes are replaced, only by bytes
 * that extend them, and the letter counts as B-T.
 */
export async function recordTimestamp(
  db: UradovnaDatabase,
  input: RecordTimestampInput,
  context: { now?: Date } = {},
): Promise<void> {
  const now = context.now ?? new Date();
  requirePdf(input.pdf);
  const before = await requireLetter(db, input.letterId);
  if (before.state !== 'signed') throw new CommandError('errors.letterSigning.notSigned');
  if (before.signatureLevel === 'B-T')
    throw new CommandError('errors.letterSigning.alreadyTimestamped');
  const base = await signedBase(db, before.signedComponentId);
  const extended = extensionOf(base, input.pdf, 'errors.letterSigning.notAppended');
  const timestampTime =
    input.timestampTime && !Number.isNaN(Date.parse(input.timestampTime))
      ? input.timestampTime
      : null;

  await runLetterCommand(db, input.letterId, now, [db.components], async (step) => {
    const { letter, doc, actor } = step;
    if (letter.state !== 'signed' || letter.signatureLevel === 'B-T')
      throw new CommandError('errors.letterSigning.changedMeanwhile');
    await requireUnchangedBase(db, base);
    const replaced = await replaceSignedBytes(db, base, extended, actor, doc.pid);
    await writeLetterStep(db, step, {
      step: { step: 'timestamped', detail: timestampTime },
      changes: { signatureLevel: 'B-T' },
      outboxKind: letterOutboxKinds.timestamp,
      payload: { componentId: base.id, timestampTime, sha256: extended.sha256 },
      action: 'letter.timestamp',
      detail: { timestampTime },
      preceding: { outbox: [], log: [replaced] },
    });
  });
}
