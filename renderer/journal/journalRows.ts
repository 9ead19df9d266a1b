import Dexie from 'dexie';
import type { OrganizationProfile } from '../../common/contract/types';
import type { DocumentRecord } from '../../common/domain/document';
import {
  planJournal,
  planKeys,
  readPlanRows,
  type JournalPlan,
  type JournalQuery,
  type SortColumn,
} from '../db/journal/query';
import type { UradovnaDatabase } from '../db/schema';
import type { JournalCaches } from './documentsChanges';

export const PAGE_SIZE = 100;
/**
 * From this row on a page is read by key: skipping thousands of index entries for an
 * offset costs about as much as reading every key of the plan once.
 */
const DEEP_ROW = 1000;

export type RowRange = readonly [start: number, end: number];

/** What the list showed for the same query before the data changed. */
export interface PreviousAnswer {
  total: number | null;
  firstPid: string | null;
}

/**
 * The value of a promise that has already settled, or null while it is pending.
 * Dexie's promises deliver on their own queue, after native microtasks, so they get
 * one macrotask to do it.
 */
function ifSettled<T>(promise: Promise<T>): Promise<T | null> {
  const later = new Promise<null>((resolve) => setTimeout(() => resolve(null), 0));
  return Promise.race([promise, later]).catch(() => null);
}

/**
 * The rows of one planned query, read page by page as the list needs them and kept.
 * One instance answers one query at one state of the database; a change of either
 * makes a new one (the old one is disposed and its late pages ignored).
 *
 * In Chromium, counting or listing an index range walks every entry (~0.2–1 s for
 * 100,000 documents, depending on the machine), and IndexedDB serves one request
 * after another, so a long walk delays whatever the clerk does next. Hence: the
 * first page is shown at once; the whole journal is counted on the table, once per
 * state of the data (`JournalCaches.total`); a narrower range is counted by reading
 * its keys, which also key its deep pages; a whole column's keys are its order from
 * the shared cache, read only when the list is scrolled deep.
 */
export class JournalRows {
  private readonly pages = new Map<number, Array<DocumentRecord | undefined>>();
  private readonly loading = new Map<number, Promise<void>>();
  private keys: string[] | null;
  private keysLoading: Promise<string[]> | null = null;
  private counted: number | null = null;
  private loadedEnd = 0;
  private listener: (() => void) | null = null;
  private changedUnheard = false;
  private disposed = false;

  private constructor(
    private readonly db: UradovnaDatabase,
    readonly plan: JournalPlan,
    private readonly caches: JournalCaches,
    /** Set when the plan is a whole column index: its keys are the cached column order. */
    private readonly column: { sort: SortColumn; descending: boolean } | null,
    /** The count of the previous answer to the same query, shown until this one is counted. */
    private estimate: number | null,
  ) {
    this.keys = plan.kind === 'keys' ? plan.pids : null;
    if (this.keys) this.counted = this.keys.length;
  }

  /**
   * Plans the query and reads the pages of `prefetch` (the first page when the list
   * shows the top), so that the first paint has rows instead of placeholders.
   */
  static async open(
    db: UradovnaDatabase,
    query: JournalQuery,
    caches: JournalCaches,
    organization: OrganizationProfile | null,
    prefetch: RowRange = [0, PAGE_SIZE],
    previous: PreviousAnswer | null = null,
  ): Promise<JournalRows> {
    const plan = await planJournal(db, query, caches.order, organization);
    const whole =
      plan.kind === 'range' && plan.lower === Dexie.minKey && plan.upper === Dexie.maxKey;
    const column = whole ? { sort: query.sort, descending: query.descending } : null;
    const rows = new JournalRows(db, plan, caches, column, previous?.total ?? null);
    if (column) {
      if (caches.order.has(column.sort)) {
        const cached = await ifSettled(caches.order.get(db, column.sort));
        if (cached) rows.setKeys(column.descending ? cached.slice().reverse() : cached);
      }
      if (rows.counted === null) rows.counted = caches.knownTotal();
    }
    await rows.ensure(0, PAGE_SIZE);
    // A short first page is the whole answer.
    const first = rows.pages.get(0);
    if (rows.counted === null && first && first.length < PAGE_SIZE) {
      rows.setKeys(first.map((doc) => doc?.pid ?? ''));
    }
    // Documents registered since the previous answer come first in the usual order: the
    // old first row has moved down by as many rows as were added.
    if (rows.counted === null && rows.estimate !== null && previous?.firstPid) {
      const moved = first?.findIndex((doc) => doc?.pid === previous.firstPid) ?? -1;
      if (moved > 0) rows.estimate += moved;
    }
    await rows.ensure(prefetch[0], prefetch[1]);
    return rows;
  }

  /** How many rows the query has; null until it is counted. */
  get total(): number | null {
    return this.counted;
  }

  /**
   * Until this answer is counted: the previous answer's count, plus the rows that
   * appeared above its first row. Null when there is no previous answer.
   */
  get provisional(): number | null {
    return this.estimate;
  }

  /** Rows the list can show now: the count, or (until counted) what is known to exist. */
  get length(): number {
    return this.counted ?? Math.max(this.estimate ?? 0, this.loadedEnd);
  }

  /** Called whenever a page or the count arrives (the list re-renders). */
  onChange(listener: (() => void) | null): void {
    this.listener = listener;
    if (listener && this.changedUnheard) {
      this.changedUnheard = false;
      listener();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.listener = null;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** The row at `index`, or undefined while its page is still being read. */
  row(index: number): DocumentRecord | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Reads the pages that cover rows [start, end) and are not read yet. */
  ensure(start: number, end: number): Promise<void> {
    const [first, last] = this.pageSpan(start, end);
    const work: Promise<void>[] = [];
    for (let page = first; page <= last; page++) {
      if (this.pages.has(page)) continue;
      work.push(this.loading.get(page) ?? this.loadPage(page));
    }
    return Promise.all(work).then(() => undefined);
  }

  /** Every PID of the query in order (read once, then kept). */
  allKeys(): Promise<string[]> {
    if (this.keys) return Promise.resolve(this.keys);
    if (!this.keysLoading) {
      const column = this.column;
      const reading = column
        ? this.caches.order
            .get(this.db, column.sort)
            .then((order) => (column.descending ? order.slice().reverse() : order))
        : planKeys(this.db, this.plan);
      const loading = reading.then((keys) => {
        this.setKeys(keys);
        this.changed();
        return keys;
      });
      loading.catch(() => {
        if (this.keysLoading === loading) this.keysLoading = null;
      });
      this.keysLoading = loading;
    }
    return this.keysLoading;
  }

  /** Counts the rows in the background, after the first paint. */
  completeCount(): void {
    if (this.counted !== null || this.disposed) return;
    const counting = this.column ? this.caches.total() : this.allKeys().then((keys) => keys.length);
    counting.then(
      (total) => {
        if (this.counted === null) {
          this.counted = total;
          this.changed();
        }
      },
      () => undefined,
    );
  }

  /**
   * Where `pid` stands, or -1 when not known yet. `hint` (its last known index) is
   * checked first: the selection usually stays where it was.
   */
  indexOf(pid: string, hint = -1): number {
    if (hint >= 0 && this.row(hint)?.pid === pid) return hint;
    if (this.keys) return this.keys.indexOf(pid);
    for (const [page, docs] of this.pages) {
      const offset = docs.findIndex((doc) => doc?.pid === pid);
      if (offset >= 0) return page * PAGE_SIZE + offset;
    }
    return -1;
  }

  private setKeys(keys: string[]): void {
    this.keys = keys;
    this.counted = keys.length;
  }

  private changed(): void {
    if (this.disposed) return;
    if (this.listener) this.listener();
    else this.changedUnheard = true;
  }

  private pageSpan(start: number, end: number): [number, number] {
    const limit = this.counted ?? Number.POSITIVE_INFINITY;
    const from = Math.max(0, Math.min(start, limit));
    const to = Math.max(from, Math.min(end, limit));
    if (to === from) return [0, -1];
    return [Math.floor(from / PAGE_SIZE), Math.floor((to - 1) / PAGE_SIZE)];
  }

  private loadPage(page: number): Promise<void> {
    const start = page * PAGE_SIZE;
    const work = this.readRows(start, start + PAGE_SIZE).then((docs) => {
      this.pages.set(page, docs);
      if (docs.length > 0) this.loadedEnd = Math.max(this.loadedEnd, start + docs.length);
      this.changed();
    });
    this.loading.set(page, work);
    // A failed page is read again the next time it is wanted.
    work.then(
      () => this.loading.delete(page),
      () => this.loading.delete(page),
    );
    return work;
  }

  private async readRows(start: number, end: number): Promise<Array<DocumentRecord | undefined>> {
    const keys = this.keys ?? (start >= DEEP_ROW ? await this.allKeys() : null);
    if (keys) return this.db.documents.bulkGet(keys.slice(start, end));
    return readPlanRows(this.db, this.plan, start, end);
  }
}
