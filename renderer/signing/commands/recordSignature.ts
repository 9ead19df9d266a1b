import type { PadesLevel } from '../../../common/contract/signing';
import type { LetterRecord } from '../../../common/domain/letter';
import type { ValidationIssue } from '../../../common/domain/validation';
import { CommandError } from '../../db/errors';
import type { OutboxDraft } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';
import { addGeneratedComponent } from '../../db/generatedComponent';
import type { TxLogDraft } from '../../db/txlog/append';
import {
  letterOutboxKinds,
  refuseIssues,
  requiredText,
  requireLetter,
  requireOpenDocument,
} from './letterSupport';
import { runLetterCommand, writeLetterStep, type LetterContext } from './letterStep';
import {
  draftBase,
  extensionOf,
  replaceSignedBytes,
  requireUnchangedBase,
  signedBase,
  type ExtendedPdf,
  type SigningBase,
} from './signingBase';
import { requirePdf, signedLetterName } from './signedBytes';

export const SIGNER_MAX = 500;

/** What `signing.sign` reported, as far as the records keep it. */
export interface SignatureOutcome {
  level: PadesLevel;
  signingTime: string;
  timestampTime: string | null;
  signerName: string;
}

export interface RecordSignatureInput {
  letterId: string;
  signedPdf: Uint8Array;
  outcome: SignatureOutcome;
}

export interface RecordSignatureResult {
  componentId: string;
  /** True when the signature was added to an already signed letter. */
  additional: boolean;
}

const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

function checkOutcome(outcome: SignatureOutcome): SignatureOutcome {
  const issues: ValidationIssue[] = [];
  if (outcome.level !== 'B-B' && outcome.level !== 'B-T')
    issues.push({ path: 'outcome.level', message: 'signingUi.validation.level' });
  if (!isInstant(outcome.signingTime))
    issues.push({ path: 'outcome.signingTime', message: 'signingUi.validation.signingTime' });
  const timestampOk =
    outcome.level === 'B-T' ? isInstant(outcome.timestampTime) : outcome.timestampTime === null;
  if (!timestampOk)
    issues.push({ path: 'outcome.timestampTime', message: 'signingUi.validation.timestampTime' });
  const signerName = requiredText(
    outcome.signerName,
    'outcome.signerName',
    SIGNER_MAX,
    'signingUi.validation.signerRequired',
    issues,
  );
  refuseIssues(issues);
  return { ...outcome, signerName };
}

/** The bytes the signature must extend, by the letter's state; refusals for the others. */
async function baseFor(db: UradovnaDatabase, letter: LetterRecord): Promise<SigningBase> {
  if (letter.state === 'awaitingSignature') return draftBase(db, letter.draftBlobId);
  if (letter.state === 'signed') return signedBase(db, letter.signedComponentId);
  throw new CommandError('errors.letterSigning.notAwaiting');
}

/**
 * The first signature: the signed PDF becomes a new component of the letter's document.
 * Returns its `component.add` and its `Zalozeni`, which go before the letter's own.
 */
async function addSignedLetter(
  db: UradovnaDatabase,
  { doc, actor, at }: LetterContext,
  componentId: string,
  { sha256, blob, size }: ExtendedPdf,
): Promise<{ outbox: OutboxDraft[]; log: TxLogDraft[] }> {
  const name = signedLetterName(doc.referenceNumber);
  return addGeneratedComponent(
    db,
    { id: componentId, pid: doc.pid, name, role: 'signedLetter', blob, sha256, size },
    actor,
    at,
  );
}

/**
 * Keeps the mayor's signed PDF. The first signature makes it a new component of the
 * letter's document (role `signedLetter`, kept byte for byte; `component.add` takes the
 * file to the eSSL) and moves the letter to `signed`. Signing a signed letter again
 * appends a signature: the new bytes replace the component's only when they extend the
 * old ones, so nothing signed earlier is lost. Hashing and reading the Blobs happen
 * before the one transaction.
 */
export async function recordSignature(
  db: UradovnaDatabase,
  input: RecordSignatureInput,
  context: { now?: Date } = {},
): Promise<RecordSignatureResult> {
  const now = context.now ?? new Date();
  requirePdf(input.signedPdf);
  const outcome = checkOutcome(input.outcome);
  const before = await requireLetter(db, input.letterId);
  const base = await baseFor(db, before);
  const extended = extensionOf(
    base,
    input.signedPdf,
    base.kind === 'draft'
      ? 'errors.letterSigning.notThisLetter'
      : 'errors.letterSigning.notAppended',
  );

  return runLetterCommand(
    db,
    input.letterId,
    now,
    [db.letterBlobs, db.components],
    async (step) => {
      const { letter, doc, actor } = step;
      if (letter.state !== before.state)
        throw new CommandError('errors.letterSigning.changedMeanwhile');
      requireOpenDocument(doc);
      await requireUnchangedBase(db, base);
      const additional = base.kind === 'signed';
      const componentId = additional ? base.id : crypto.randomUUID();

      const preceding = additional
        ? { outbox: [], log: [await replaceSignedBytes(db, base, extended, actor, doc.pid)] }
        : await addSignedLetter(db, step, componentId, extended);
      await writeLetterStep(db, step, {
        step: { step: 'signed', comment: outcome.signerName, detail: outcome.level },
        changes: {
          state: 'signed',
          queuedAt: null,
          signedComponentId: componentId,
          signatureLevel: outcome.level,
        },
        outboxKind: letterOutboxKinds.sign,
        payload: {
          componentId,
          level: outcome.level,
          signingTime: outcome.signingTime,
          timestampTime: outcome.timestampTime,
          signerName: outcome.signerName,
          sha256: extended.sha256,
        },
        action: additional ? 'letter.signAgain' : 'letter.sign',
        detail: { level: outcome.level, signer: outcome.signerName, componentId },
        preceding,
      });
      return { componentId, additional };
    },
  );
}
