import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../renderer/db/schema';

/** Which rows of a store: all, one key, or all under one index key. */
export type StoreQuery = { key: string | number; index?: string } | undefined;

/**
 * Rows of one store of the app's database, read straight from IndexedDB in the page —
 * not through the app — so a test sees what was really written.
 */
export async function readStore<T>(page: Page, store: string, query?: StoreQuery): Promise<T[]> {
  return page.evaluate(
    async ({ name, store, query }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<T[]>((resolve, reject) => {
          const objects = db.transaction(store).objectStore(store);
          const source = query?.index ? objects.index(query.index) : objects;
          const request = source.getAll(query?.key);
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, store, query },
  );
}

/** How many rows a store holds. */
export async function countStore(page: Page, store: string): Promise<number> {
  return (await readStore<unknown>(page, store)).length;
}

/**
 * Writes rows into one store straight through IndexedDB, behind the app's back (a state
 * the app would reach only through the eSSL or the network going down). Reload the page
 * afterwards: the app's live queries do not see writes made outside Dexie.
 */
export async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ name, store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(store, 'readwrite');
          const objects = transaction.objectStore(store);
          for (const row of rows) objects.put(row);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, store, rows },
  );
}
