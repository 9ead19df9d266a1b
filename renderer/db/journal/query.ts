import Dexie from 'dexie';
import type { Channel, Direction, DocumentRecord, DocumentState } from '../../../common/domain/document';
import type { UradovnaDatabase } from '../schema';
import { officeDayEnd, officeDayStart } from '../../../common/domain/time';
import { searchDocuments } from './search';

export const sortColumns = [
  'referenceNumber',
  'documentDate',
  'direction',
  'counterparty',
  'subject',
  'fileMark',
  'handler',
  'state',
] as const;
export type SortColumn = (typeof sortColumns)[number];

export interface JournalFilter {
  year?: number | null;
  /** Calendar dates in office time, inclusive (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
  direction?: Direction | null;
  channel?: Channel | null;
  state?: DocumentState | null;
  handler?: string | null;
  search?: string | null;
}

export interface JournalQuery extends JournalFilter {
  sort: SortColumn;
  descending: boolean;
}

/** The index that orders each column; ties fall back to journal order. */
const sortIndex: Record<SortColumn, string> = {
  referenceNumber: 'journalOrder',
  documentDate: '[documentDate+journalOrder]',
  direction: '[direction+journalOrder]',
  counterparty: '[counterpartySort+journalOrder]',
  subject: '[subjectSort+journalOrder]',
  fileMark: '[fileMark+journalOrder]',
  handler: '[handler+journalOrder]',
  state: '[state+journalOrder]',
};

function sortValue(row: DocumentRecord, column: SortColumn): string | number {
  switch (column) {
    case 'referenceNumber':
      return row.journalOrder;
    case 'counterparty':
      return row.counterpartySort;
    case 'subject':
      return row.subjectSort;
    default:
      return row[column];
  }
}

/**
 * Ordered primary keys per sort column, read once from the column's index and kept
 * until the documents table changes. With 100,000 documents one read costs tens of
 * milliseconds; every later filter or keystroke then works on the cached order.
 */
export class JournalOrderCache {
  private readonly orders = new Map<SortColumn, Promise<string[]>>();

  get(db: UradovnaDatabase, column: SortColumn): Promise<string[]> {
    let order = this.orders.get(column);
    if (!order) {
      order = db.documents.orderBy(sortIndex[column]).primaryKeys() as Promise<string[]>;
      this.orders.set(column, order);
      order.catch(() => this.orders.delete(column));
    }
    return order;
  }

  has(column: SortColumn): boolean {
    return this.orders.has(column);
  }

  clear(): void {
    this.orders.clear();
  }
}


/** Keys of each active filter, each read from the index that answers it. */
async function filterSets(db: UradovnaDatabase, filter: JournalFilter): Promise<Set<string>[]> {
  const reads: Promise<string[] | Set<string> | null>[] = [];
  const byPrefix = (index: string, value: string) =>
    db.documents
      .where(index)
      .between([value, Dexie.minKey], [value, Dexie.maxKey], true, true)
      .primaryKeys() as Promise<string[]>;

  if (filter.year) {
    reads.push(
      db.documents
        .where('journalOrder')
        .between(filter.year * 1_000_000, (filter.year + 1) * 1_000_000, true, false)
        .primaryKeys() as Promise<string[]>,
    );
  }
  if (filter.from || filter.to) {
    const lower = filter.from ? officeDayStart(filter.from).toISOString() : '';
    const upper = filter.to ? officeDayEnd(filter.to).toISOString() : '\uffff';
    reads.push(
      db.documents
        .where('[documentDate+journalOrder]')
        .between([lower, Dexie.minKey], [upper, Dexie.maxKey], true, true)
        .primaryKeys() as Promise<string[]>,
    );
  }
  if (filter.direction) reads.push(byPrefix('[direction+journalOrder]', filter.direction));
  if (filter.channel) reads.push(byPrefix('[channel+journalOrder]', filter.channel));
  if (filter.state) reads.push(byPrefix('[state+journalOrder]', filter.state));
  if (filter.handler) reads.push(byPrefix('[handler+journalOrder]', filter.handler));
  if (filter.search) reads.push(searchDocuments(db, filter.search));

  const results = await Promise.all(reads);
  return results
    .filter((result): result is string[] | Set<string> => result !== null)
    .map((result) => (result instanceof Set ? result : new Set(result)));
}

/** Below this many candidates, rows are sorted in memory instead of reading a whole index. */
const SORT_IN_MEMORY_BELOW = 1500;

/** Ordered PIDs of the journal rows that pass the filters. */
export async function queryJournal(db: UradovnaDatabase, query: JournalQuery, cache: JournalOrderCache): Promise<string[]> {
  const sets = await filterSets(db, query);
  const smallest = sets.reduce<Set<string> | null>((min, set) => (min === null || set.size < min.size ? set : min), null);
  const passes = (pid: string) => sets.every((set) => set.has(pid));

  if (smallest && smallest.size < SORT_IN_MEMORY_BELOW && !cache.has(query.sort)) {
    const candidates = [...smallest].filter(passes);
    const rows = (await db.documents.bulkGet(candidates)).filter((row): row is DocumentRecord => row !== undefined);
    rows.sort((a, b) => {
      const va = sortValue(a, query.sort);
      const vb = sortValue(b, query.sort);
      if (va < vb) return -1;
      if (va > vb) return 1;
      return a.journalOrder - b.journalOrder;
    });
    const pids = rows.map((row) => row.pid);
    return query.descending ? pids.reverse() : pids;
  }

  const order = await cache.get(db, query.sort);
  const filtered = sets.length === 0 ? order.slice() : order.filter(passes);
  return query.descending ? filtered.reverse() : filtered;
}
