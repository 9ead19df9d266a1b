import { mailKinds, type MailKind } from '../../../common/domain/letter';
import { officeDateString } from '../../../common/domain/time';
import type { ValidationIssue } from '../../../common/domain/validation';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import {
  firstSignedAt,
  letterOutboxKinds,
  refuseIssues,
  requireReadyToSend,
} from '../../signing/commands/letterSupport';
import { runLetterCommand, writeLetterStep } from '../../signing/commands/letterStep';
import { postDateIssue } from './postDates';

export interface MarkSentByPostInput {
  letterId: string;
  mailKind: MailKind;
  /** The day the letter was handed to the post (YYYY-MM-DD, office time). */
  sentOn: string;
}

/** The signed letter, printed, went by post: the kind of mail and the day. */
export async function markSentByPost(
  db: UradovnaDatabase,
  input: MarkSentByPostInput,
  context: { now?: Date } = {},
): Promise<void> {
  const now = context.now ?? new Date();
  const issues: ValidationIssue[] = [];
  if (!(mailKinds as readonly string[]).includes(input.mailKind))
    issues.push({ path: 'mailKind', message: 'postDispatch.validation.mailKind' });
  const plain = postDateIssue(input.sentOn, 'sentOn', now, null);
  if (plain) issues.push(plain);
  refuseIssues(issues);

  await runLetterCommand(db, input.letterId, now, [], async (step) => {
    const { letter, doc } = step;
    requireReadyToSend(letter, 'errors.postDispatch.notSigned');
    if (doc.state === 'cancelled') throw new CommandError('errors.letterSigning.documentCancelled');
    const signedAt = firstSignedAt(letter);
    const early = postDateIssue(
      input.sentOn,
      'sentOn',
      now,
      signedAt
        ? {
            date: officeDateString(new Date(signedAt)),
            message: 'postDispatch.validation.beforeSignature',
          }
        : null,
    );
    if (early) throw new CommandError('errors.validation', [early]);

    await writeLetterStep(db, step, {
      step: { step: 'sentByPost', detail: input.mailKind },
      changes: {
        state: 'dispatched',
        post: { mailKind: input.mailKind, sentOn: input.sentOn, returnReceiptOn: null },
      },
      outboxKind: letterOutboxKinds.sentByPost,
      payload: { mailKind: input.mailKind, sentOn: input.sentOn },
      action: 'letter.sentByPost',
      detail: { mailKind: input.mailKind, sentOn: input.sentOn },
    });
  });
}
