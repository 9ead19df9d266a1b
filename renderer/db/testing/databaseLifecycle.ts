import { afterAll, afterEach, beforeEach } from 'vitest';
import type { UradovnaDatabase } from '../schema';
import { configureOffice, openTestDatabase } from './fixtures';

/**
 * A fresh database with the office configured before each test of the file, deleted after it;
 * `opened` hands it to the file's tests.
 */
export function eachTestDatabase(opened: (db: UradovnaDatabase) => void): void {
  let db: UradovnaDatabase | null = null;
  beforeEach(async () => {
    db = openTestDatabase();
    await configureOffice(db);
    opened(db);
  });
  afterEach(async () => {
    await db?.delete();
    db = null;
  });
}

/** One empty database for the whole file (markup tests that only read), deleted after it. */
export function fileTestDatabase(): UradovnaDatabase {
  const db = openTestDatabase();
  afterAll(async () => {
    await db.delete();
  });
  return db;
}
