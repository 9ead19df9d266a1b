import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SeedDocument } from '../../common/contract/types';
import { importSeed } from '../db/commands/importSeed';
import type { JournalQuery } from '../db/journal/query';
import type { UradovnaDatabase } from '../db/schema';
import { openTestDatabase, testOrganization } from '../db/testing/fixtures';
import { makeSeed, seedDocument } from '../db/testing/seed';
import { JournalCaches, sharedCaches, touchesDocuments } from './documentsChanges';
import { JournalRows, PAGE_SIZE } from './journalRows';

/** 250 documents of 2026 and 30 of 2025; every seventh is about "řízení". */
function journal(): SeedDocument[] {
  const docs: SeedDocument[] = [];
  for (let sequence = 1; sequence <= 30; sequence++)
    docs.push(seedDocument({ year: 2025, sequence }));
  for (let sequence = 1; sequence <= 250; sequence++) {
    docs.push(
      seedDocument({
        year: 2026,
        sequence,
        subject: sequence % 7 === 0 ? `Stavební řízení ${sequence}` : `Dokument ${sequence}`,
        direction: sequence % 2 === 0 ? 'own' : 'incoming',
      }),
    );
  }
  return docs;
}

const newest: JournalQuery = { sort: 'referenceNumber', descending: true };
let db: UradovnaDatabase;
let caches: JournalCaches;

beforeEach(async () => {
  db = openTestDatabase();
  await importSeed(db, makeSeed(journal()));
  caches = new JournalCaches(db);
});

afterEach(async () => {
  await db.delete();
});

const references = (rows: JournalRows, start: number, end: number) =>
  Array.from({ length: end - start }, (_, i) => rows.row(start + i)?.referenceNumber);

describe('JournalRows', () => {
  it('shows the first page of the whole journal at once and counts it afterwards', async () => {
    const rows = await JournalRows.open(db, newest, caches, testOrganization);
    expect(references(rows, 0, 3)).toEqual(['OUHL 250/2026', 'OUHL 249/2026', 'OUHL 248/2026']);
    expect(rows.row(PAGE_SIZE)).toBeUndefined();
    expect(rows.total).toBeNull();
    expect(rows.length).toBe(PAGE_SIZE);

    let changes = 0;
    rows.onChange(() => (changes += 1));
    const before = changes;
    rows.completeCount();
    await expect.poll(() => rows.total).toBe(280);
    expect(rows.length).toBe(280);
    expect(changes).toBe(before + 1);
  });

  it('reads further pages on demand, in order, across the year boundary', async () => {
    const rows = await JournalRows.open(db, newest, caches, testOrganization);
    await rows.ensure(245, 255);
    expect(references(rows, 248, 252)).toEqual([
      'OUHL 2/2026',
      'OUHL 1/2026',
      'OUHL 30/2025',
      'OUHL 29/2025',
    ]);
    expect(rows.row(150)).toBeUndefined();
    await rows.ensure(150, 151);
    expect(rows.row(150)?.referenceNumber).toBe('OUHL 100/2026');
  });

  it('counts a short answer from its only page', async () => {
    const rows = await JournalRows.open(db, { ...newest, year: 2025 }, caches, testOrganization);
    expect(rows.total).toBe(30);
    expect(references(rows, 0, 1)).toEqual(['OUHL 30/2025']);
  });

  it('counts a long range by reading its keys, which then key its pages', async () => {
    const rows = await JournalRows.open(db, { ...newest, year: 2026 }, caches, testOrganization);
    expect(rows.total).toBeNull();
    rows.completeCount();
    await expect.poll(() => rows.total).toBe(250);
    await rows.ensure(200, 250);
    expect(references(rows, 248, 250)).toEqual(['OUHL 2/2026', 'OUHL 1/2026']);
  });

  it('knows the count of a search at once', async () => {
    const rows = await JournalRows.open(
      db,
      { ...newest, search: 'rizeni' },
      caches,
      testOrganization,
    );
    expect(rows.total).toBe(35);
    expect(references(rows, 0, 2)).toEqual(['OUHL 245/2026', 'OUHL 238/2026']);
  });

  it('takes the keys of a whole column from the order cache when it is already read', async () => {
    await caches.order.get(db, 'referenceNumber');
    const rows = await JournalRows.open(
      db,
      { sort: 'referenceNumber', descending: false },
      caches,
      testOrganization,
    );
    expect(rows.total).toBe(280);
    await rows.ensure(270, 280);
    expect(rows.row(279)?.referenceNumber).toBe('OUHL 250/2026');
    expect(rows.row(0)?.referenceNumber).toBe('OUHL 1/2025');
  });

  it('counts the whole journal once per state of the data and shows the count of the last answer meanwhile', async () => {
    const first = await JournalRows.open(db, newest, caches, testOrganization);
    first.completeCount();
    await expect.poll(() => first.total).toBe(280);
    // Another column of the whole journal: the same number of documents, known at once.
    const bySubject = await JournalRows.open(
      db,
      { sort: 'subject', descending: false },
      caches,
      testOrganization,
    );
    expect(bySubject.total).toBe(280);

    caches.clear();
    const again = await JournalRows.open(db, newest, caches, testOrganization, [0, PAGE_SIZE], {
      total: 280,
      firstPid: first.row(0)!.pid,
    });
    expect(again.total).toBeNull();
    expect(again.length).toBe(280);
    expect(again.provisional).toBe(280);
  });

  it('adds the documents that appeared above the previous first row to the previous count', async () => {
    const before = await JournalRows.open(db, newest, caches, testOrganization);
    const previous = { total: 280, firstPid: before.row(0)!.pid };
    await importSeed(
      db,
      makeSeed([
        seedDocument({ year: 2026, sequence: 251 }),
        seedDocument({ year: 2026, sequence: 252 }),
      ]),
    );
    caches.clear();
    const after = await JournalRows.open(
      db,
      newest,
      caches,
      testOrganization,
      [0, PAGE_SIZE],
      previous,
    );
    expect(after.row(0)?.referenceNumber).toBe('OUHL 252/2026');
    expect(after.provisional).toBe(282);
    after.completeCount();
    await expect.poll(() => after.total).toBe(282);
  });

  it('finds a row by its PID, trying the last known place first', async () => {
    const rows = await JournalRows.open(db, newest, caches, testOrganization);
    const pid = rows.row(42)!.pid;
    expect(rows.indexOf(pid, 42)).toBe(42);
    expect(rows.indexOf(pid)).toBe(42);
    expect(rows.indexOf('OUHLNOTHERE')).toBe(-1);
  });

  it('tells a late listener what happened before it came, and nobody after disposal', async () => {
    const rows = await JournalRows.open(db, newest, caches, testOrganization);
    await rows.ensure(100, 110);
    let heard = 0;
    rows.onChange(() => (heard += 1));
    expect(heard).toBe(1);
    rows.dispose();
    await rows.ensure(200, 210);
    expect(heard).toBe(1);
    expect(rows.isDisposed).toBe(true);
  });
});

describe('documents changes', () => {
  it('empty the shared caches when the documents table changes', async () => {
    const shared = sharedCaches(db);
    await shared.order.get(db, 'referenceNumber');
    await shared.total();
    expect(shared.order.has('referenceNumber')).toBe(true);
    expect(shared.knownTotal()).toBe(280);
    // A change of another table leaves them.
    await db.settings.put({ key: 'currentUser', value: 'Někdo' });
    expect(shared.order.has('referenceNumber')).toBe(true);
    const doc = await db.documents.orderBy('journalOrder').first();
    await db.documents.update(doc!.pid, { state: 'cancelled' });
    expect(shared.order.has('referenceNumber')).toBe(false);
    expect(shared.knownTotal()).toBeNull();
  });

  it('recognise the parts of the documents table of their own database only', () => {
    expect(
      touchesDocuments({ name: 'uradovna' }, { 'idb://uradovna/documents/': {} as never }),
    ).toBe(true);
    expect(
      touchesDocuments(
        { name: 'uradovna' },
        { 'idb://uradovna/documents/journalOrder': {} as never },
      ),
    ).toBe(true);
    expect(touchesDocuments({ name: 'uradovna' }, { 'idb://uradovna/txlog/': {} as never })).toBe(
      false,
    );
    expect(touchesDocuments({ name: 'uradovna' }, { 'idb://jina/documents/': {} as never })).toBe(
      false,
    );
  });
});
