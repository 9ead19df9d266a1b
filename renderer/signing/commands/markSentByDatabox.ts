import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { letterOutboxKinds, requireReadyToSend } from './letterSupport';
import { runLetterCommand, writeLetterStep } from './letterStep';

export interface MarkSentByDataboxInput {
  letterId: string;
  /** The queued data message (`queueDispatch`'s messageId) that carries the signed letter. */
  messageId: string;
}

/**
 * The signed letter went into a data message: the letter is dispatched. The message
 * itself (queued, sent, delivered) is tracked by the data-box engine.
 */
export async function markSentByDatabox(
  db: UradovnaDatabase,
  input: MarkSentByDataboxInput,
  context: { now?: Date } = {},
): Promise<void> {
  const now = context.now ?? new Date();
  await runLetterCommand(db, input.letterId, now, [db.isdsMessages], async (step) => {
    const { letter } = step;
    requireReadyToSend(letter, 'errors.letterSigning.notSigned');
    const message = await db.isdsMessages.get(input.messageId);
    const carriesLetter =
      message?.direction === 'sent' &&
      message.documentPid === letter.pid &&
      message.files.some((file) => file.componentId === letter.signedComponentId);
    if (!carriesLetter) throw new CommandError('errors.letterSigning.messageMismatch');
    await writeLetterStep(db, step, {
      step: { step: 'sentByDatabox', detail: input.messageId },
      changes: { state: 'dispatched' },
      outboxKind: letterOutboxKinds.sentByDatabox,
      payload: { messageId: input.messageId },
      action: 'letter.sentByDatabox',
      detail: { messageId: input.messageId },
    });
  });
}
