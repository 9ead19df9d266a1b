import { CommandError, runCommand } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { checkedDiscardReason } from '../../db/outboxDiscard';
import { actorOrUnknown } from '../../db/actor';
import { appendTxLog } from '../../db/txlog/append';
import type { TxEntityType } from '../../../common/domain/transactionLog';
import { appendSyncLog } from '../syncLog';

/**
 * Sends a refused entry again on the next run (after the user fixed the cause in the
 * eSSL or here). It goes under a new id: the eSSL answers a repeated UdalostId with
 * its first answer, so the same id would meet the same refusal for ever.
 */
export async function retryEntry(
  db: UradovnaDatabase,
  entryId: string,
  now = new Date(),
): Promise<void> {
  await runCommand(() =>
    db.transaction('rw', [db.outbox, db.syncLog], async () => {
      const entry = await db.outbox.where('id').equals(entryId).first();
      if (!entry) throw new CommandError('errors.sync.entryGone');
      if (entry.state !== 'failed') throw new CommandError('errors.sync.notFailed');
      await db.outbox.update(entry.seq ?? -1, {
        id: crypto.randomUUID(),
        state: 'pending',
        failure: null,
      });
      await appendSyncLog(
        db,
        [
          {
            kind: 'edit',
            level: 'info',
            key: 'sync.log.retried',
            params: { what: entry.kind },
            entityId: entry.entityId,
          },
        ],
        now,
      );
    }),
  );
}

function entityTypeOf(kind: string): TxEntityType {
  if (kind.startsWith('caseFile.')) return 'caseFile';
  if (kind.startsWith('component.')) return 'component';
  if (kind.startsWith('settings.')) return 'settings';
  if (kind.startsWith('disposal.')) return 'disposalProposal';
  return 'document';
}

/**
 * Gives up sending a refused entry: the change stays on this device, the eSSL never
 * gets it. Logged in the sync log and in the transaction log with the reason, because
 * the two registries now differ on purpose.
 */
export async function discardEntry(
  db: UradovnaDatabase,
  entryId: string,
  reason: string,
  now = new Date(),
): Promise<void> {
  const why = checkedDiscardReason(reason);
  await runCommand(() =>
    db.transaction('rw', [db.outbox, db.syncLog, db.txlog, db.settings], async () => {
      const entry = await db.outbox.where('id').equals(entryId).first();
      if (!entry) throw new CommandError('errors.sync.entryGone');
      if (entry.state !== 'failed') throw new CommandError('errors.sync.notFailed');
      const actor = await actorOrUnknown(db);
      await db.outbox.delete(entry.seq ?? -1);
      await appendSyncLog(
        db,
        [
          {
            kind: 'discard',
            level: 'warn',
            key: 'sync.log.discarded',
            params: { what: entry.kind, reason: why, refusal: entry.failure?.message ?? '' },
            entityId: entry.entityId,
          },
        ],
        now,
      );
      await appendTxLog(
        db,
        [
          {
            event: 'Uprava',
            entityType: entityTypeOf(entry.kind),
            entityId: entry.entityId,
            actor,
            detail: {
              syncDiscarded: entry.kind,
              reason: why,
              refusal: entry.failure?.message ?? '',
            },
          },
        ],
        now,
      );
    }),
  );
}
