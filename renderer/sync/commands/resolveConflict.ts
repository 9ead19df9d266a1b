import type { DocumentRecord } from '../../../common/domain/document';
import { CommandError, runCommand } from '../../db/errors';
import { enqueue } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';
import { actorOrUnknown } from '../../db/actor';
import { appendTxLog } from '../../db/txlog/append';
import { withEditable, type EditableFields } from '../map/editable';
import { withSearchFields } from '../map/fromEssl';
import { appendSyncLog } from '../syncLog';

/** Per field: keep this device's value or the eSSL's. */
export type FieldChoice = 'mine' | 'theirs';

/**
 * Settles a conflict the user looked at side by side. The row already holds the
 * eSSL's values; each field chosen as "mine" gets this device's value back. If any
 * field stays "mine", one fresh `DokumentUprava` carries the result to the eSSL; the
 * held edits are dropped (their content is in the result). Logged in the sync log
 * and the transaction log.
 */
export async function resolveConflict(
  db: UradovnaDatabase,
  conflictId: string,
  choices: Readonly<Record<string, FieldChoice>>,
  now = new Date(),
): Promise<'mine' | 'theirs' | 'merged'> {
  return runCommand(() =>
    db.transaction(
      'rw',
      [db.conflicts, db.documents, db.outbox, db.syncLog, db.txlog, db.settings],
      async () => {
        const conflict = await db.conflicts.get(conflictId);
        if (!conflict || conflict.state !== 'open')
          throw new CommandError('errors.sync.conflictGone');
        const missing = conflict.fields.filter((field) => !choices[field.field]);
        if (missing.length > 0)
          throw new CommandError('errors.sync.conflictChoiceMissing', [], undefined, {
            fields: missing.map((field) => field.field).join(', '),
          });
        const doc = await db.documents.get(conflict.entityId);
        if (!doc) throw new CommandError('errors.documentNotFound');
        const mine: Partial<EditableFields> = {};
        for (const field of conflict.fields)
          if (choices[field.field] === 'mine') Object.assign(mine, { [field.field]: field.mine });
        const keptMine = Object.keys(mine).length;
        const resolution =
          keptMine === 0 ? 'theirs' : keptMine === conflict.fields.length ? 'mine' : 'merged';
        const actor = await actorOrUnknown(db);

        const held = await db.outbox.where('id').anyOf(conflict.heldEntryIds).toArray();
        await db.outbox.bulkDelete(held.map((entry) => entry.seq ?? -1));
        if (keptMine > 0) {
          const next: DocumentRecord = withSearchFields({
            ...withEditable(doc, mine),
            revision: doc.revision + 1,
          });
          await db.documents.put(next);
          await enqueue(
            db,
            [
              {
                kind: 'document.update',
                entityId: doc.pid,
                payload: { pid: doc.pid, fields: Object.keys(mine) },
              },
            ],
            now,
          );
        }
        await db.conflicts.update(conflictId, {
          state: 'resolved',
          resolution,
          resolvedAt: now.toISOString(),
        });
        await appendSyncLog(
          db,
          [
            {
              kind: 'conflict',
              level: 'info',
              key: `sync.log.conflictResolved.${resolution}`,
              params: { reference: doc.referenceNumber },
              entityId: doc.pid,
            },
          ],
          now,
        );
        await appendTxLog(
          db,
          [
            {
              event: 'Uprava',
              entityType: 'document',
              entityId: doc.pid,
              actor,
              detail: {
                conflictResolved: resolution,
                mine: Object.keys(mine).join(','),
                theirs: conflict.fields
                  .filter((field) => choices[field.field] === 'theirs')
                  .map((field) => field.field)
                  .join(','),
              },
            },
          ],
          now,
        );
        return resolution;
      },
    ),
  );
}
