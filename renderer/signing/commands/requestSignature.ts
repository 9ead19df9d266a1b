import type { ValidationIssue } from '../../../common/domain/validation';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import {
  letterOutboxKinds,
  optionalText,
  refuseIssues,
  requiredText,
  requireOpenDocument,
} from './letterSupport';
import { runLetterCommand, writeLetterStep } from './letterStep';

export const SIGNER_NAME_MAX = 200;
export const SIGNER_FUNCTION_MAX = 200;
export const REQUEST_NOTE_MAX = 2000;

export interface RequestSignatureInput {
  letterId: string;
  /** Who is to sign (the mayor, the deputy mayor …). */
  signerName: string;
  signerFunction?: string | null;
  note?: string | null;
}

function checkInput(input: RequestSignatureInput) {
  const issues: ValidationIssue[] = [];
  const signerName = requiredText(
    input.signerName,
    'signerName',
    SIGNER_NAME_MAX,
    'signingUi.validation.signerRequired',
    issues,
  );
  const signerFunction = optionalText(
    input.signerFunction,
    'signerFunction',
    SIGNER_FUNCTION_MAX,
    issues,
  );
  const note = optionalText(input.note, 'note', REQUEST_NOTE_MAX, issues);
  refuseIssues(issues);
  return { signerName, signerFunction, note };
}

/**
 * Puts a rendered letter into the mayor's queue (K podpisu): from a draft or a returned
 * letter, with whom it is for and a note. One transaction writes the letter, the
 * transaction-log `Uprava` of its document and the outbox entry.
 */
export async function requestSignature(
  db: UradovnaDatabase,
  input: RequestSignatureInput,
  context: { now?: Date } = {},
): Promise<void> {
  const now = context.now ?? new Date();
  const fields = checkInput(input);
  await runLetterCommand(db, input.letterId, now, [db.letterBlobs], async (step) => {
    const { letter, doc, actor, at } = step;
    if (letter.state === 'awaitingSignature')
      throw new CommandError('errors.letterSigning.alreadyWaiting');
    if (letter.state === 'signed' || letter.state === 'dispatched')
      throw new CommandError('errors.letterSigning.alreadySigned');
    requireOpenDocument(doc);
    const rendering = letter.draftBlobId ? await db.letterBlobs.get(letter.draftBlobId) : null;
    if (!rendering || rendering.letterId !== letter.id)
      throw new CommandError('errors.letterSigning.noRendering');

    await writeLetterStep(db, step, {
      step: { step: 'requested', comment: fields.note, detail: fields.signerName },
      changes: {
        state: 'awaitingSignature',
        queuedAt: at,
        request: { ...fields, requestedAt: at, requestedBy: actor },
      },
      outboxKind: letterOutboxKinds.requestSignature,
      payload: fields,
      action: 'letter.requestSignature',
      detail: { signer: fields.signerName },
    });
  });
}
