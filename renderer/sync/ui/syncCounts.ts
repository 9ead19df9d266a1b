import { isOtherServiceOutboxKind } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';

/** What waits between this device and the eSSL, as the status bar and the sync screen show it. */
export interface SyncCounts {
  /** Outbox entries the next push sends. */
  pending: number;
  /** Entries the eSSL refused, waiting for the user (retry, edit, discard). */
  failed: number;
  /** Entries held back behind an open conflict. */
  held: number;
  /** Conflicts not yet resolved. */
  conflicts: number;
}

export const noCounts: SyncCounts = { pending: 0, failed: 0, held: 0, conflicts: 0 };

/** Entries without a state predate sync and count as pending (see OutboxEntry.state). */
export async function countPending(db: UradovnaDatabase): Promise<number> {
  return db.outbox
    .filter(
      (entry) => (entry.state ?? 'pending') === 'pending' && !isOtherServiceOutboxKind(entry.kind),
    )
    .count();
}

/** One pass over the outbox (it has no index on the state; it is short) and the open conflicts. */
export async function readSyncCounts(db: UradovnaDatabase): Promise<SyncCounts> {
  const counts = { ...noCounts };
  await db.outbox.each((entry) => {
    // Data-box sends wait for ISDS, not for the eSSL; the data-box screen counts them.
    if (isOtherServiceOutboxKind(entry.kind)) return;
    const state = entry.state ?? 'pending';
    counts[state] += 1;
  });
  counts.conflicts = await db.conflicts.where('state').equals('open').count();
  return counts;
}
