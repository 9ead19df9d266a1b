import Dexie, { type ObservabilitySet } from 'dexie';
import { JournalOrderCache } from '../db/journal/query';
import type { UradovnaDatabase } from '../db/schema';

/** True when a committed transaction (in this tab or another) touched the documents table. */
export function touchesDocuments(
  db: Pick<UradovnaDatabase, 'name'>,
  parts: ObservabilitySet,
): boolean {
  const prefix = `idb://${db.name}/documents/`;
  return Object.keys(parts).some((part) => part.startsWith(prefix));
}

/**
 * Calls `onChange` after every committed change of the documents table, including
 * changes made in other windows (Dexie relays them). Returns the unsubscribe.
 */
export function subscribeDocumentsChanged(db: UradovnaDatabase, onChange: () => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    if (touchesDocuments(db, parts)) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/**
 * What the journal keeps between queries until the documents table changes: the
 * column orders (shared with the query engine) and the number of documents.
 */
export class JournalCaches {
  readonly order = new JournalOrderCache();
  private documentCount: Promise<number> | null = null;
  private counted: number | null = null;

  constructor(private readonly db: UradovnaDatabase) {}

  /** How many documents the journal holds (counted once per state of the table). */
  total(): Promise<number> {
    if (!this.documentCount) {
      const counting = Promise.resolve(this.db.documents.count());
      counting.then(
        (count) => {
          if (this.documentCount === counting) this.counted = count;
        },
        () => {
          if (this.documentCount === counting) this.documentCount = null;
        },
      );
      this.documentCount = counting;
    }
    return this.documentCount;
  }

  /** The number of documents when it is already counted, else null. */
  knownTotal(): number | null {
    return this.counted;
  }

  clear(): void {
    this.order.clear();
    this.documentCount = null;
    this.counted = null;
  }
}

const caches = new WeakMap<UradovnaDatabase, JournalCaches>();

/**
 * One set of caches per database for the whole renderer, so leaving the journal and
 * coming back reuses them; they are emptied on every change of the documents table
 * even while the journal is not on screen.
 */
export function sharedCaches(db: UradovnaDatabase): JournalCaches {
  let cache = caches.get(db);
  if (!cache) {
    const created = new JournalCaches(db);
    subscribeDocumentsChanged(db, () => created.clear());
    caches.set(db, created);
    cache = created;
  }
  return cache;
}
