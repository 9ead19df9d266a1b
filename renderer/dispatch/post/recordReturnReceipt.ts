import type { MailKind } from '../../../common/domain/letter';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { letterOutboxKinds } from '../../signing/commands/letterSupport';
import { runLetterCommand, writeLetterStep } from '../../signing/commands/letterStep';
import { postDateIssue } from './postDates';

/** Mail that comes back with a return receipt (dodejka). */
export const receiptMailKinds: ReadonlySet<MailKind> = new Set([
  'doporuceneDodejka',
  'doVlastnichRukou',
]);

export interface RecordReturnReceiptInput {
  letterId: string;
  /** The day on the return receipt (YYYY-MM-DD). */
  receivedOn: string;
}

/** The dodejka came back: the day the addressee took the letter over. */
export async function recordReturnReceipt(
  db: UradovnaDatabase,
  input: RecordReturnReceiptInput,
  context: { now?: Date } = {},
): Promise<void> {
  const now = context.now ?? new Date();
  const plain = postDateIssue(input.receivedOn, 'receivedOn', now, null);
  if (plain) throw new CommandError('errors.validation', [plain]);

  await runLetterCommand(db, input.letterId, now, [], async (step) => {
    const post = step.letter.post;
    if (step.letter.state !== 'dispatched' || !post)
      throw new CommandError('errors.postDispatch.notSentByPost');
    if (!receiptMailKinds.has(post.mailKind))
      throw new CommandError('errors.postDispatch.noReceiptForKind');
    if (post.returnReceiptOn !== null)
      throw new CommandError('errors.postDispatch.receiptAlreadyRecorded');
    const early = postDateIssue(input.receivedOn, 'receivedOn', now, {
      date: post.sentOn,
      message: 'postDispatch.validation.beforeSent',
    });
    if (early) throw new CommandError('errors.validation', [early]);

    await writeLetterStep(db, step, {
      step: { step: 'returnReceipt', detail: input.receivedOn },
      changes: { post: { ...post, returnReceiptOn: input.receivedOn } },
      outboxKind: letterOutboxKinds.returnReceipt,
      payload: { receivedOn: input.receivedOn },
      action: 'letter.returnReceipt',
      detail: { receivedOn: input.receivedOn },
    });
  });
}
