import { documentTransition } from '../../../common/domain/lifecycle';
import { CommandError, runCommand } from '../errors';
import { enqueue } from '../outbox';
import type { UradovnaDatabase } from '../schema';
import { actorOrUnknown } from '../actor';
import { appendTxLog } from '../txlog/append';

export const CANCEL_REASON_MAX = 500;

/**
 * Cancels (stornuje) a registration made in error. The row and its number stay in the
 * journal, marked as cancelled: a reference number once given is never reused.
 */
export async function cancelDocument(
  db: UradovnaDatabase,
  pid: string,
  reason: string,
  now = new Date(),
): Promise<void> {
  const trimmed = reason.trim();
  if (trimmed.length === 0) {
    throw new CommandError('errors.validation', [
      { path: 'reason', message: 'validation.cancelReason.required' },
    ]);
  }
  if (trimmed.length > CANCEL_REASON_MAX) {
    throw new CommandError('errors.validation', [
      { path: 'reason', message: 'validation.tooLong', params: { max: CANCEL_REASON_MAX } },
    ]);
  }
  await runCommand(() =>
    db.transaction('rw', [db.documents, db.outbox, db.txlog, db.settings], async () => {
      const doc = await db.documents.get(pid);
      if (!doc) throw new CommandError('errors.documentNotFound');
      if (doc.state === 'cancelled') throw new CommandError('errors.alreadyCancelled');
      // Only a registration nobody has worked on yet can be undone; a document in a case
      // file is taken out first, a settled one stays in the record.
      if (doc.caseFileId !== null) throw new CommandError('errors.cancelInCaseFile');
      if (!documentTransition('cancel', doc.state).ok)
        throw new CommandError('errors.cancelNotNew');
      const actor = await actorOrUnknown(db);
      await db.documents.update(pid, { state: 'cancelled', revision: doc.revision + 1 });
      await enqueue(
        db,
        [{ kind: 'document.cancel', entityId: pid, payload: { pid, reason: trimmed } }],
        now,
      );
      await appendTxLog(
        db,
        [
          {
            event: 'Storno',
            entityType: 'document',
            entityId: pid,
            actor,
            detail: { reason: trimmed, referenceNumber: doc.referenceNumber },
          },
        ],
        now,
      );
    }),
  );
}
