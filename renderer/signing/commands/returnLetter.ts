import type { ValidationIssue } from '../../../common/domain/validation';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { letterOutboxKinds, refuseIssues, requiredText } from './letterSupport';
import { runLetterCommand, writeLetterStep } from './letterStep';

export const RETURN_COMMENT_MAX = 2000;

export interface ReturnLetterInput {
  letterId: string;
  /** What to change: required, the clerk edits the letter after it. */
  comment: string;
}

/** The mayor sends a letter from the queue back to the clerk with a comment. */
export async function returnLetter(
  db: UradovnaDatabase,
  input: ReturnLetterInput,
  context: { now?: Date } = {},
): Promise<void> {
  const now = context.now ?? new Date();
  const issues: ValidationIssue[] = [];
  const comment = requiredText(
    input.comment,
    'comment',
    RETURN_COMMENT_MAX,
    'signingUi.validation.commentRequired',
    issues,
  );
  refuseIssues(issues);

  await runLetterCommand(db, input.letterId, now, [], async (step) => {
    if (step.letter.state !== 'awaitingSignature')
      throw new CommandError('errors.letterSigning.notAwaiting');
    await writeLetterStep(db, step, {
      step: { step: 'returned', comment },
      changes: { state: 'returned', queuedAt: null },
      outboxKind: letterOutboxKinds.return,
      payload: { comment },
      action: 'letter.return',
      detail: { comment },
    });
  });
}
