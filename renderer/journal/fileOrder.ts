import type { ComponentRecord } from '../db/schema';
import type { TxLogEntry } from '../db/txlog/entry';

/**
 * A document's files in the order they were attached, so the detail opens the same
 * file first every time (their keys are random UUIDs, so the database's order is
 * arbitrary). Files added at one moment — all those of a registration share its
 * time — keep the order of their log entries, which the command writes in the order
 * the clerk attached them; a file without an entry of its own goes after those with
 * one, then by name.
 */
export function inAttachedOrder(
  files: readonly ComponentRecord[],
  log: readonly Pick<TxLogEntry, 'entityId' | 'seq'>[],
): ComponentRecord[] {
  const firstEntry = new Map<string, number>();
  for (const entry of log) {
    const known = firstEntry.get(entry.entityId);
    if (known === undefined || entry.seq < known) firstEntry.set(entry.entityId, entry.seq);
  }
  const entryOf = (file: ComponentRecord) => firstEntry.get(file.id) ?? Number.POSITIVE_INFINITY;
  return [...files].sort((a, b) => {
    if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? -1 : 1;
    const byEntry = entryOf(a) - entryOf(b);
    if (byEntry !== 0 && !Number.isNaN(byEntry)) return byEntry;
    return a.name.localeCompare(b.name, 'cs') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
