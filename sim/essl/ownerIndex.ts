export type EntityKind = 'document' | 'caseFile';

export interface IndexEntry {
  /** Change instant, epoch ms. */
  at: number;
  kind: EntityKind;
  key: string;
  /** HodnotaID then ZdrojID: the tie-break of rows changed at the same instant (seeded ones). */
  sortId: string;
}

/** One owner's entities in change order: all of them, and per kind. */
interface Lists {
  all: IndexEntry[];
  document: IndexEntry[];
  caseFile: IndexEntry[];
  /** Entries superseded by a later change (or moved to another owner) not yet removed. */
  stale: number;
}

export function compareEntries(a: IndexEntry, b: IndexEntry): number {
  return a.at - b.at || (a.sortId < b.sortId ? -1 : a.sortId > b.sortId ? 1 : 0);
}

/**
 * What PrideleneSeznam reads: per owner, entities ordered by change time then
 * identifier. A change appends (its instant is the latest), so the lists stay sorted;
 * the entry it supersedes is dropped on the next read, which then finds a page by
 * binary search and arithmetic — the 1000th page of 100,000 rows costs what the first does.
 */
export class OwnerIndex {
  private readonly owners = new Map<string, Lists>();

  constructor(private readonly isCurrent: (entry: IndexEntry, owner: string) => boolean) {}

  private listsOf(owner: string): Lists {
    let lists = this.owners.get(owner);
    if (!lists) {
      lists = { all: [], document: [], caseFile: [], stale: 0 };
      this.owners.set(owner, lists);
    }
    return lists;
  }

  /** A whole set of entries at once (the seeded base), in any order. */
  load(owner: string, entries: IndexEntry[]): void {
    const lists = this.listsOf(owner);
    lists.all.push(...entries);
    lists.all.sort(compareEntries);
    lists.document = lists.all.filter((entry) => entry.kind === 'document');
    lists.caseFile = lists.all.filter((entry) => entry.kind === 'caseFile');
  }

  add(owner: string, entry: IndexEntry): void {
    const lists = this.listsOf(owner);
    insertSorted(lists.all, entry);
    insertSorted(lists[entry.kind], entry);
  }

  /** An entry of `owner` no longer names the entity's current version. */
  supersede(owner: string): void {
    const lists = this.owners.get(owner);
    if (lists) lists.stale += 1;
  }

  /** Up to `count` current entries changed at or after `since`, after skipping `skip`. */
  page(
    owner: string,
    kind: EntityKind | null,
    since: number | null,
    skip: number,
    count: number,
  ): IndexEntry[] {
    const lists = this.owners.get(owner);
    if (!lists) return [];
    if (lists.stale > 0) {
      const current = (entry: IndexEntry) => this.isCurrent(entry, owner);
      lists.all = lists.all.filter(current);
      lists.document = lists.document.filter(current);
      lists.caseFile = lists.caseFile.filter(current);
      lists.stale = 0;
    }
    const list = kind === null ? lists.all : lists[kind];
    const start = (since === null ? 0 : lowerBoundAt(list, since)) + skip;
    return list.slice(start, start + count);
  }
}

function insertSorted(list: IndexEntry[], entry: IndexEntry): void {
  const last = list.at(-1);
  if (!last || compareEntries(last, entry) < 0) {
    list.push(entry);
    return;
  }
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareEntries(list[mid]!, entry) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, entry);
}

function lowerBoundAt(list: ReadonlyArray<IndexEntry>, at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.at < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
