import Dexie, { type IndexableType } from 'dexie';
import type {
  Channel,
  Direction,
  DocumentRecord,
  DocumentState,
} from '../../../common/domain/document';
import type { OrganizationProfile } from '../../../common/contract/types';
import { officeDayEnd, officeDayStart } from '../../../common/domain/time';
import type { UradovnaDatabase } from '../schema';
import { SearchTermCache, searchDocuments } from './search';

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

type EqualityFilter = 'direction' | 'channel' | 'state' | 'handler';
const equalityIndex: Record<EqualityFilter, string> = {
  direction: '[direction+journalOrder]',
  channel: '[channel+journalOrder]',
  state: '[state+journalOrder]',
  handler: '[handler+journalOrder]',
};
const equalityFilters = Object.keys(equalityIndex) as EqualityFilter[];

/**
 * How to read the rows of a query:
 * - `range`: one index range already in the wanted order — counted and paged
 *   directly, so the first rows paint without reading the rest;
 * - `keys`: several conditions or a search — the ordered primary keys, computed.
 */
export type JournalPlan =
  | {
      kind: 'range';
      index: string;
      lower: IndexableType;
      upper: IndexableType;
      descending: boolean;
    }
  | { kind: 'keys'; pids: string[] };

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
 * until the documents table changes (the owner calls `clear`). With 100,000
 * documents one read costs ~180 ms in Chromium; later filters reuse it.
 */
export class JournalOrderCache {
  private readonly orders = new Map<SortColumn, Promise<string[]>>();
  private readonly positions = new Map<SortColumn, Map<string, number>>();
  /** Key sets of recently searched words, emptied together with the orders. */
  readonly terms = new SearchTermCache();

  get(db: UradovnaDatabase, column: SortColumn): Promise<string[]> {
    let order = this.orders.get(column);
    if (!order) {
      order = db.documents.orderBy(sortIndex[column]).primaryKeys() as Promise<string[]>;
      this.orders.set(column, order);
      order.catch(() => this.orders.delete(column));
    }
    return order;
  }

  /**
   * What the journal reads once its first rows are painted, so that sorting and typing
   * find it ready: the journal order with each key's place in it, then the frequent
   * words' keys.
   */
  async warm(db: UradovnaDatabase): Promise<void> {
    const order = await this.get(db, 'referenceNumber');
    if (!this.positions.has('referenceNumber') && this.orders.has('referenceNumber')) {
      const positions = new Map<string, number>();
      for (let i = 0; i < order.length; i++) positions.set(order[i]!, i);
      this.positions.set('referenceNumber', positions);
    }
    await this.terms.warm(db, order);
  }

  /** Each key's place in a column's order, when warm() has worked it out. */
  knownPositions(column: SortColumn): ReadonlyMap<string, number> | null {
    return this.positions.get(column) ?? null;
  }

  has(column: SortColumn): boolean {
    return this.orders.has(column);
  }

  clear(): void {
    this.orders.clear();
    this.positions.clear();
    this.terms.clear();
  }
}

function activeEqualityFilters(filter: JournalFilter): EqualityFilter[] {
  return equalityFilters.filter((name) => Boolean(filter[name]));
}

function hasPeriod(filter: JournalFilter): boolean {
  return Boolean(filter.from || filter.to);
}

function periodBounds(filter: JournalFilter): [string, string] {
  return [
    filter.from ? officeDayStart(filter.from).toISOString() : '',
    filter.to ? officeDayEnd(filter.to).toISOString() : '\uffff',
  ];
}

/** The single-range plan for simple queries, or null when the query needs keys. */
function rangePlan(query: JournalQuery): JournalPlan | null {
  if (query.search?.trim()) return null;
  const equalities = activeEqualityFilters(query);
  const conditions = equalities.length + (query.year ? 1 : 0) + (hasPeriod(query) ? 1 : 0);
  const descending = query.descending;
  if (conditions === 0) {
    return {
      kind: 'range',
      index: sortIndex[query.sort],
      lower: Dexie.minKey,
      upper: Dexie.maxKey,
      descending,
    };
  }
  if (conditions > 1) return null;
  if (query.year && query.sort === 'referenceNumber') {
    return {
      kind: 'range',
      index: 'journalOrder',
      lower: query.year * 1_000_000,
      upper: (query.year + 1) * 1_000_000 - 1,
      descending,
    };
  }
  if (hasPeriod(query) && query.sort === 'documentDate') {
    const [lower, upper] = periodBounds(query);
    return {
      kind: 'range',
      index: sortIndex.documentDate,
      lower: [lower, Dexie.minKey],
      upper: [upper, Dexie.maxKey],
      descending,
    };
  }
  const [only] = equalities;
  if (only && (query.sort === 'referenceNumber' || query.sort === only)) {
    const value = query[only] as string;
    return {
      kind: 'range',
      index: equalityIndex[only],
      lower: [value, Dexie.minKey],
      upper: [value, Dexie.maxKey],
      descending,
    };
  }
  return null;
}

/** Keys of each active condition, each read from the index that answers it. */
async function conditionSets(
  db: UradovnaDatabase,
  filter: JournalFilter,
  organization: OrganizationProfile | null,
  terms: SearchTermCache,
): Promise<Set<string>[]> {
  const reads: Promise<string[] | Set<string> | null>[] = [];
  const range = (index: string, lower: IndexableType, upper: IndexableType) =>
    db.documents.where(index).between(lower, upper, true, true).primaryKeys() as Promise<string[]>;

  if (filter.year)
    reads.push(range('journalOrder', filter.year * 1_000_000, (filter.year + 1) * 1_000_000 - 1));
  if (hasPeriod(filter)) {
    const [lower, upper] = periodBounds(filter);
    reads.push(range(sortIndex.documentDate, [lower, Dexie.minKey], [upper, Dexie.maxKey]));
  }
  for (const name of activeEqualityFilters(filter)) {
    const value = filter[name] as string;
    reads.push(range(equalityIndex[name], [value, Dexie.minKey], [value, Dexie.maxKey]));
  }
  if (filter.search?.trim()) reads.push(searchDocuments(db, filter.search, organization, terms));

  const results = await Promise.all(reads);
  return results
    .filter((result): result is string[] | Set<string> => result !== null)
    .map((result) => (result instanceof Set ? result : new Set(result)));
}

/** Below this many candidates, rows are sorted in memory instead of reading a whole index. */
const SORT_IN_MEMORY_BELOW = 1500;

async function keysPlan(
  db: UradovnaDatabase,
  query: JournalQuery,
  cache: JournalOrderCache,
  organization: OrganizationProfile | null,
): Promise<string[]> {
  const sets = await conditionSets(db, query, organization, cache.terms);
  const smallest = sets.reduce<Set<string> | null>(
    (min, set) => (min === null || set.size < min.size ? set : min),
    null,
  );
  const passes = (pid: string) => sets.every((set) => set.has(pid));

  if (smallest && smallest.size < SORT_IN_MEMORY_BELOW && !cache.has(query.sort)) {
    const candidates = [...smallest].filter(passes);
    const rows = (await db.documents.bulkGet(candidates)).filter(
      (row): row is DocumentRecord => row !== undefined,
    );
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
  const positions = cache.knownPositions(query.sort);
  const ordered =
    smallest === null
      ? order.slice()
      : positions && smallest.size * 2 < order.length
        ? placeInOrder(smallest, passes, order, positions)
        : filterOrder(order, sets);
  return query.descending ? ordered.reverse() : ordered;
}

/** The passing keys of a small set put in order by their known places (no pass over the order). */
function placeInOrder(
  candidates: ReadonlySet<string>,
  passes: (pid: string) => boolean,
  order: readonly string[],
  positions: ReadonlyMap<string, number>,
): string[] {
  const places = new Uint32Array(candidates.size);
  let count = 0;
  for (const pid of candidates) {
    const place = positions.get(pid);
    if (place !== undefined && passes(pid)) places[count++] = place;
  }
  return Array.from(places.subarray(0, count).sort(), (place) => order[place]!);
}

function filterOrder(order: readonly string[], sets: ReadonlyArray<Set<string>>): string[] {
  const kept: string[] = [];
  if (sets.length === 1) {
    const [only] = sets as [Set<string>];
    for (const pid of order) if (only.has(pid)) kept.push(pid);
    return kept;
  }
  for (const pid of order) if (sets.every((set) => set.has(pid))) kept.push(pid);
  return kept;
}

export async function planJournal(
  db: UradovnaDatabase,
  query: JournalQuery,
  cache: JournalOrderCache,
  organization: OrganizationProfile | null = null,
): Promise<JournalPlan> {
  return rangePlan(query) ?? { kind: 'keys', pids: await keysPlan(db, query, cache, organization) };
}

function rangeCollection(db: UradovnaDatabase, plan: Extract<JournalPlan, { kind: 'range' }>) {
  const collection = db.documents.where(plan.index).between(plan.lower, plan.upper, true, true);
  return plan.descending ? collection.reverse() : collection;
}

export async function countPlan(db: UradovnaDatabase, plan: JournalPlan): Promise<number> {
  return plan.kind === 'keys' ? plan.pids.length : rangeCollection(db, plan).count();
}

/** Rows [start, end) of a plan, in order. */
export async function readPlanRows(
  db: UradovnaDatabase,
  plan: JournalPlan,
  start: number,
  end: number,
): Promise<DocumentRecord[]> {
  if (plan.kind === 'keys') {
    const rows = await db.documents.bulkGet(plan.pids.slice(start, end));
    return rows.filter((row): row is DocumentRecord => row !== undefined);
  }
  return rangeCollection(db, plan)
    .offset(start)
    .limit(end - start)
    .toArray();
}

/** Every key of a plan in order (for deep scrolling and exports). */
export async function planKeys(db: UradovnaDatabase, plan: JournalPlan): Promise<string[]> {
  return plan.kind === 'keys'
    ? plan.pids
    : ((await rangeCollection(db, plan).primaryKeys()) as string[]);
}
