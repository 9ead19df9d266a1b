import { CommandError } from './errors';

/** The longest reason a clerk may give for discarding an outbox entry (eSSL or ISDS). */
export const DISCARD_REASON_MAX = 500;

/**
 * The reason for giving up an outbox entry, trimmed. It goes to the transaction log,
 * so it must say something and fit there.
 */
export function checkedDiscardReason(reason: string): string {
  const why = reason.trim();
  if (why.length === 0)
    throw new CommandError('errors.validation', [
      { path: 'reason', message: 'validation.discardReason.required' },
    ]);
  if (why.length > DISCARD_REASON_MAX)
    throw new CommandError('errors.validation', [
      { path: 'reason', message: 'validation.tooLong', params: { max: DISCARD_REASON_MAX } },
    ]);
  return why;
}
