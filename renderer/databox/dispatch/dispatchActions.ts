import { CommandError, runCommand } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { checkedDiscardReason } from '../../db/outboxDiscard';
import { actorOrUnknown } from '../../db/actor';
import { appendTxLog } from '../../db/txlog/append';
import { sendEntryOf, sendPayloadOf } from './sendEntry';

/** A refused message goes out again on the next send (after the clerk fixed the cause). */
export async function retryDispatch(
  db: UradovnaDatabase,
  messageId: string,
  now = new Date(),
): Promise<void> {
  await runCommand(() =>
    db.transaction('rw', [db.outbox, db.isdsMessages], async () => {
      const [record, entry] = await Promise.all([
        db.isdsMessages.get(messageId),
        sendEntryOf(db, messageId),
      ]);
      if (!record || !entry) throw new CommandError('errors.databox.messageNotFound');
      if (entry.state !== 'failed') throw new CommandError('errors.databox.notFailed');
      await db.outbox.update(entry.seq ?? -1, {
        state: 'pending',
        failure: null,
        lastError: null,
        payload: { ...sendPayloadOf(entry), attemptedAt: null, attemptedEnvelope: null },
      });
      await db.isdsMessages.update(messageId, {
        dispatch: { state: 'queued', outboxId: entry.id, failure: null },
        updatedAt: now.toISOString(),
      });
    }),
  );
}

/**
 * Gives up sending a refused (or not yet sent) message: the queued record and its
 * outbox entry go; the document stays. Logged with the reason in the transaction log.
 * A message whose attempt's answer was lost cannot be discarded — ISDS may hold it.
 */
export async function discardDispatch(
  db: UradovnaDatabase,
  messageId: string,
  reason: string,
  now = new Date(),
): Promise<void> {
  const why = checkedDiscardReason(reason);
  await runCommand(() =>
    db.transaction('rw', [db.outbox, db.isdsMessages, db.txlog, db.settings], async () => {
      const [record, entry] = await Promise.all([
        db.isdsMessages.get(messageId),
        sendEntryOf(db, messageId),
      ]);
      if (!record || !entry || record.dmID)
        throw new CommandError('errors.databox.messageNotFound');
      if (entry.state !== 'failed' && sendPayloadOf(entry).attemptedAt)
        throw new CommandError('errors.databox.outcomeUnknown');
      const actor = await actorOrUnknown(db);
      await db.outbox.delete(entry.seq ?? -1);
      await db.isdsMessages.delete(messageId);
      await appendTxLog(
        db,
        [
          {
            event: 'Uprava',
            entityType: 'document',
            entityId: sendPayloadOf(entry).documentPid,
            actor,
            detail: {
              databox: 'dispatchDiscarded',
              messageId,
              reason: why,
              refusal: record.dispatch?.failure?.message ?? '',
            },
          },
        ],
        now,
      );
    }),
  );
}
