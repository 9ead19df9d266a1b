import type { UradovnaDatabase } from '../db/schema';
import type { TxEntityType, TxLogEntry } from '../db/txlog/entry';
import type { PeriodBounds } from './txlogFilter';

/** Where the next page starts: after this entry in (at, seq) order. */
export interface LogCursor {
  at: string;
  seq: number;
}

export interface LogPage {
  entries: TxLogEntry[];
  /** The cursor of the page after this one, or null on the last page. */
  next: LogCursor | null;
}

export type EntryTest = (entry: TxLogEntry) => boolean;

/**
 * One page of a period, oldest first, read from the `at` index — never the whole log.
 * The index orders equal times by seq, so (at, seq) is a stable cursor: the next page
 * starts at the cursor's time and skips what was already shown at that time.
 */
export async function readLogPage(
  db: UradovnaDatabase,
  bounds: PeriodBounds,
  match: EntryTest | null,
  after: LogCursor | null,
  size: number,
): Promise<LogPage> {
  let collection = db.txlog
    .where('at')
    .between(after?.at ?? bounds.lower, bounds.upper, true, true);
  if (after || match) {
    collection = collection.filter(
      (entry) =>
        (!after || entry.at > after.at || entry.seq > after.seq) && (!match || match(entry)),
    );
  }
  const rows = await collection.limit(size + 1).toArray();
  const entries = rows.slice(0, size);
  const last = entries[entries.length - 1];
  return {
    entries,
    next: rows.length > size && last ? { at: last.at, seq: last.seq } : null,
  };
}

/** How many entries of the period pass the test (the bare period is counted by the index). */
export function countInPeriod(
  db: UradovnaDatabase,
  bounds: PeriodBounds,
  match: EntryTest | null,
): Promise<number> {
  const inPeriod = db.txlog.where('at').between(bounds.lower, bounds.upper, true, true);
  return match ? inPeriod.filter(match).count() : inPeriod.count();
}

export type PeriodRead = { ok: true; entries: TxLogEntry[] } | { ok: false; count: number };

const READ_CHUNK = 5000;

/**
 * Every entry of the period in log (seq) order, for an export; refused with the
 * count when there are more than `max`, before anything is read.
 */
export async function readPeriod(
  db: UradovnaDatabase,
  bounds: PeriodBounds,
  max: number,
): Promise<PeriodRead> {
  const count = await countInPeriod(db, bounds, null);
  if (count > max) return { ok: false, count };
  const entries: TxLogEntry[] = [];
  let after: LogCursor | null = null;
  do {
    const page = await readLogPage(db, bounds, null, after, READ_CHUNK);
    entries.push(...page.entries);
    after = page.next;
  } while (after);
  entries.sort((a, b) => a.seq - b.seq);
  return { ok: true, entries };
}

/** The entries of one record (a document, a case file), oldest first. */
export async function readEntityLog(
  db: UradovnaDatabase,
  entityType: TxEntityType,
  entityId: string,
): Promise<TxLogEntry[]> {
  const entries = await db.txlog
    .where('entityId')
    .equals(entityId)
    .filter((entry) => entry.entityType === entityType)
    .toArray();
  return entries.sort((a, b) => a.seq - b.seq);
}
