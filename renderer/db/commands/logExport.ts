import type { UradovnaDatabase } from '../schema';
import { actorOrUnknown } from '../actor';
import { appendTxLog } from '../txlog/append';
import type { TxDetail, TxEntityType } from '../txlog/entry';
import { runCommand } from '../errors';

/** What left the application: the journal unless the caller names a record. */
export interface ExportTarget {
  entityType: TxEntityType;
  entityId: string;
}

const JOURNAL: ExportTarget = { entityType: 'journal', entityId: 'journal' };

/**
 * Records that part of the journal (or a record's log) left the application (NSESSS
 * event `Export`). Deliberately not queued for the eSSL: an export changes nothing the
 * eSSL holds, and its interface (ermsAPI.wsdl) has no operation that takes a client's
 * log entry — Udalosti carries business events, DavkaZadost's `Export` is a batch
 * transfer. The entry stays in this device's chained log, which the log export carries.
 */
export async function logExport(
  db: UradovnaDatabase,
  detail: TxDetail,
  now = new Date(),
  target: ExportTarget = JOURNAL,
): Promise<void> {
  await runCommand(() =>
    db.transaction('rw', [db.txlog, db.settings], async () => {
      const actor = await actorOrUnknown(db);
      await appendTxLog(db, [{ event: 'Export', ...target, actor, detail }], now);
    }),
  );
}
