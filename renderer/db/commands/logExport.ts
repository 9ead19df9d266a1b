import type { UradovnaDatabase } from '../schema';
import { getSetting } from '../settings';
import { appendTxLog } from '../txlog/append';
import type { TxDetail } from '../txlog/entry';
import { runCommand } from '../errors';

/** Records that part of the journal left the application (NSESSS event `Export`). */
export async function logExport(
  db: UradovnaDatabase,
  detail: TxDetail,
  now = new Date(),
): Promise<void> {
  await runCommand(() =>
    db.transaction('rw', [db.txlog, db.settings], async () => {
      const actor = (await getSetting(db, 'currentUser')) ?? 'neznámý uživatel';
      await appendTxLog(
        db,
        [{ event: 'Export', entityType: 'journal', entityId: 'journal', actor, detail }],
        now,
      );
    }),
  );
}
