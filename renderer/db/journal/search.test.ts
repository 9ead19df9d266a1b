import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../../common/domain/document';
import { importSeed } from '../commands/importSeed';
import type { UradovnaDatabase } from '../schema';
import { openTestDatabase, testOrganization } from '../testing/fixtures';
import { makeSeed, seedDocument, seedPid } from '../testing/seed';
import { FREQUENT_WORD_LIMITS } from './frequentWords';
import { SearchTermCache, searchDocuments, searchTerms } from './search';

const importedAt = new Date('2026-06-01T12:00:00Z');

/** Sorted PIDs of a search, or null. */
async function find(
  db: UradovnaDatabase,
  query: string,
  withOrganization = true,
  cache?: SearchTermCache,
): Promise<string[] | null> {
  const found = await searchDocuments(db, query, withOrganization ? testOrganization : null, cache);
  return found ? [...found].sort() : null;
}

const pids = (...positions: Array<[number, number]>) =>
  positions.map(([year, sequence]) => seedPid(year, sequence)).sort();

describe('searchTerms', () => {
  it('folds, drops repeated words and matches short words whole', () => {
    expect(searchTerms('Řízení ŘÍZENÍ a 12 abc')).toEqual([
      { word: 'rizeni', prefix: true },
      { word: 'a', prefix: false },
      { word: '12', prefix: false },
      { word: 'abc', prefix: true },
    ]);
  });

  it('matches a short last word as a prefix while it is typed after a longer one', () => {
    expect(searchTerms('krajsky ur')).toEqual([
      { word: 'krajsky', prefix: true },
      { word: 'ur', prefix: true },
    ]);
    // A space after it: the word is finished.
    expect(searchTerms('krajsky ur ')[1]).toEqual({ word: 'ur', prefix: false });
    // Only short words: "a 12" means those words.
    expect(searchTerms('a 12')).toEqual([
      { word: 'a', prefix: false },
      { word: '12', prefix: false },
    ]);
    // The abbreviation is left out before deciding: "OUHL 4" means č.j. 4.
    expect(searchTerms('OUHL 4', 'ouhl')).toEqual([{ word: '4', prefix: false }]);
  });

  it('uses at most six words', () => {
    expect(searchTerms('jedna dva tri ctyri pet sest sedm osm')).toHaveLength(6);
  });
});

describe('searchDocuments on a small journal', () => {
  let db: UradovnaDatabase;

  beforeAll(async () => {
    db = openTestDatabase();
    await importSeed(
      db,
      makeSeed([
        seedDocument({
          year: 2026,
          sequence: 1,
          subject: 'Stavební řízení – novostavba RD',
          counterparty: 'Jan Novák',
        }),
        seedDocument({
          year: 2026,
          sequence: 2,
          subject: 'Žádost o pokácení stromů',
          counterparty: 'Ředitelství silnic',
        }),
        seedDocument({
          year: 2026,
          sequence: 3,
          subject: 'Rizeni vozidla obce',
          counterparty: 'Autoškola Brzda',
        }),
        seedDocument({
          year: 2026,
          sequence: 12,
          subject: 'Poplatek za odpad',
          counterparty: 'Petra Malá',
        }),
        seedDocument({
          year: 2025,
          sequence: 2,
          direction: 'own',
          subject: 'Kolaudační rozhodnutí',
          counterparty: 'Stavby Lhota',
          date: '2025-05-05',
        }),
      ]),
      importedAt,
    );
  });

  afterAll(async () => {
    await db.delete();
  });

  it('ignores diacritics and case in both directions', async () => {
    const expected = pids([2026, 1], [2026, 3]);
    expect(await find(db, 'rizeni')).toEqual(expected);
    expect(await find(db, 'ŘÍZENÍ')).toEqual(expected);
    expect(await find(db, 'Řízení')).toEqual(expected);
  });

  it('matches word prefixes from three characters', async () => {
    expect(await find(db, 'stav')).toEqual(pids([2026, 1], [2025, 2]));
    expect(await find(db, 'riz')).toEqual(pids([2026, 1], [2026, 3]));
    expect(await find(db, 'koláud')).toEqual(pids([2025, 2]));
  });

  it('matches words of one or two characters only whole', async () => {
    expect(await find(db, 'st')).toEqual([]);
    expect(await find(db, 'rd')).toEqual(pids([2026, 1]));
    expect(await find(db, '1', false)).toEqual(pids([2026, 1]));
    expect(await find(db, '2', false)).toEqual(pids([2026, 2], [2025, 2]));
  });

  it('needs every word to match', async () => {
    expect(await find(db, 'zadost stromu')).toEqual(pids([2026, 2]));
    expect(await find(db, 'stromu zadost')).toEqual(pids([2026, 2]));
    expect(await find(db, 'zadost odpad')).toEqual([]);
    expect(await find(db, 'rizeni obce')).toEqual(pids([2026, 3]));
  });

  it('finds the sender and the addressee', async () => {
    expect(await find(db, 'novak')).toEqual(pids([2026, 1]));
    expect(await find(db, 'reditelstvi')).toEqual(pids([2026, 2]));
    expect(await find(db, 'lhota')).toEqual(pids([2025, 2]));
  });

  it('finds a reference number in full or bare, and no other row', async () => {
    expect(await find(db, 'OUHL 2/2026')).toEqual(pids([2026, 2]));
    expect(await find(db, '2/2026')).toEqual(pids([2026, 2]));
    expect(await find(db, 'ouhl 12/2026')).toEqual(pids([2026, 12]));
    expect(await find(db, '12/2026')).toEqual(pids([2026, 12]));
    expect(await find(db, 'OUHL 2/2025')).toEqual(pids([2025, 2]));
    expect(await find(db, '2/2026', false)).toEqual(pids([2026, 2]));
  });

  it('finds a document by its PID, whole or begun', async () => {
    const pid = seedPid(2026, 12);
    expect(await find(db, pid)).toEqual([pid]);
    expect(await find(db, pid.toLowerCase().slice(0, 7))).toContain(pid);
  });

  it('returns null when there is nothing to search for, and no rows for unknown words', async () => {
    expect(await searchDocuments(db, '')).toBeNull();
    expect(await searchDocuments(db, ' –/, ')).toBeNull();
    expect(await find(db, 'neexistujicislovo')).toEqual([]);
  });
});

describe('searchDocuments on a large journal', () => {
  const kinds = ['kácení', 'stavbu', 'odpad', 'přípojku'];
  const places = ['Horní Lhota', 'Horní Lhota', 'Horní Lhota', 'Horní Lhota', 'Dolní Lhota'];
  const count = 1500;
  let db: UradovnaDatabase;
  let rows: DocumentRecord[];

  beforeAll(async () => {
    db = openTestDatabase();
    const documents = Array.from({ length: count }, (_, i) =>
      seedDocument({
        year: 2026,
        sequence: i + 1,
        subject: `${i % 50 === 0 ? 'Naléhavá ž' : 'Ž'}ádost o ${kinds[i % kinds.length]} č. ${i % 7}`,
        counterparty: `${places[i % places.length]} ${i % 11 === 0 ? 'Novák' : 'Svoboda'}`,
      }),
    );
    await importSeed(db, makeSeed(documents), importedAt);
    rows = await db.documents.toArray();
  });

  afterAll(async () => {
    await db.delete();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** What a search must answer, worked out on the rows themselves. */
  function expected(query: string): string[] {
    const terms = searchTerms(query);
    return rows
      .filter((row) =>
        terms.every((term) =>
          term.prefix
            ? row.words.some((word) => word.startsWith(term.word))
            : row.words.includes(term.word),
        ),
      )
      .map((row) => row.pid)
      .sort();
  }

  it('intersects index ranges when every word is common', async () => {
    const bulkGet = vi.spyOn(db.documents, 'bulkGet');
    const answer = expected('zadost horni');
    expect(answer.length).toBeGreaterThan(1000);
    expect(answer.length).toBeLessThan(count);
    expect(await find(db, 'zadost horni', false)).toEqual(answer);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('checks the remaining words on the rows when one word is rare', async () => {
    const bulkGet = vi.spyOn(db.documents, 'bulkGet');
    const answer = expected('zadost horni naleh');
    expect(answer.length).toBeGreaterThan(10);
    expect(await find(db, 'zadost horni naleh', false)).toEqual(answer);
    expect(bulkGet).toHaveBeenCalled();
  });

  it('gives the same answers on either path', async () => {
    for (const query of [
      'zadost',
      'zadost lhota',
      'lhota zadost dolni',
      'horni novak',
      'zadost horni novak odpad',
      'prip 3',
      'c 5 stavbu',
      'dolni horni',
      'svoboda zadost lhota horni',
      'zadost horni kaceni',
      'naleh lhota',
      'naleh novak',
    ]) {
      expect(await find(db, query, false), query).toEqual(expected(query));
    }
  });

  it('answers the same from the frequent words kept in memory', async () => {
    const warmed = new SearchTermCache();
    const order = (await db.documents.orderBy('journalOrder').primaryKeys()) as string[];
    await warmed.warm(db, order, { ...FREQUENT_WORD_LIMITS, fromDocuments: 100, fromLength: 1 });
    // "5" is in a seventh of the subjects: a kept word is answered without IndexedDB.
    const where = vi.spyOn(db.documents, 'where');
    expect(await find(db, '5', false, warmed)).toEqual(expected('5'));
    expect(where).not.toHaveBeenCalled();
    for (const query of [
      'zad',
      'zadost',
      'kac',
      'kaceni',
      'prip 3',
      'horni novak',
      'zadost horni naleh',
      'c 5 stavbu',
      'dolni horni',
      'lhota zadost dolni',
      'svoboda zadost o',
      'odpad no',
    ]) {
      expect(await find(db, query, false, warmed), query).toEqual(expected(query));
    }
  });

  it('finds one reference number among many', async () => {
    expect(await find(db, 'OUHL 1234/2026')).toEqual([seedPid(2026, 1234)]);
  });
});

describe('a full reference number against words that look like it', () => {
  let db: UradovnaDatabase;

  beforeAll(async () => {
    db = openTestDatabase();
    await importSeed(
      db,
      makeSeed([
        seedDocument({
          year: 2026,
          sequence: 2,
          subject: 'Žádost o pokácení stromů',
          counterparty: 'Jan Novák',
        }),
        seedDocument({
          year: 2026,
          sequence: 5,
          subject: 'Smlouva č. 2/2026 o dílo',
          counterparty: 'Stavby Lhota s.r.o.',
        }),
      ]),
      importedAt,
    );
  });

  afterAll(async () => {
    await db.delete();
  });

  it('with our abbreviation means that one document', async () => {
    expect(await find(db, 'OUHL 2/2026')).toEqual(pids([2026, 2]));
  });

  it('bare, it also finds the words (a sender’s reference may read the same)', async () => {
    expect(await find(db, '2/2026')).toEqual(pids([2026, 2], [2026, 5]));
  });
});

describe('SearchTermCache', () => {
  let db: UradovnaDatabase;

  beforeAll(async () => {
    db = openTestDatabase();
    await importSeed(
      db,
      makeSeed([
        seedDocument({
          year: 2026,
          sequence: 1,
          subject: 'Žádost o kácení lípy',
          counterparty: 'Jan Novák',
        }),
        seedDocument({
          year: 2026,
          sequence: 2,
          subject: 'Žádost o informace',
          counterparty: 'Eva Malá',
        }),
        seedDocument({
          year: 2026,
          sequence: 3,
          subject: 'Oznámení o kácení',
          counterparty: 'Petr Veselý',
        }),
      ]),
      importedAt,
    );
  });

  afterAll(async () => {
    await db.delete();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads a word kept from the previous keystroke only once', async () => {
    const cache = new SearchTermCache();
    const where = vi.spyOn(db.documents, 'where');
    expect(
      [...((await searchDocuments(db, 'zadost kac', testOrganization, cache)) ?? [])].sort(),
    ).toEqual(pids([2026, 1]));
    const readsAfterFirst = where.mock.calls.filter(([index]) => String(index) === 'words').length;
    expect(
      [...((await searchDocuments(db, 'zadost kace', testOrganization, cache)) ?? [])].sort(),
    ).toEqual(pids([2026, 1]));
    const readsOfSecond =
      where.mock.calls.filter(([index]) => String(index) === 'words').length - readsAfterFirst;
    // "zadost" comes from the cache: only "kace" is counted and read.
    expect(readsOfSecond).toBe(2);
  });

  it('hands out copies, so a caller cannot spoil what is kept', async () => {
    const cache = new SearchTermCache();
    const first = await searchDocuments(db, 'zadost', testOrganization, cache);
    first?.add('spoiled');
    expect(await searchDocuments(db, 'zadost', testOrganization, cache)).not.toContain('spoiled');
  });

  it('after clear() sees documents registered since', async () => {
    const cache = new SearchTermCache();
    expect((await searchDocuments(db, 'oznameni', testOrganization, cache))?.size).toBe(1);
    await importSeed(
      db,
      makeSeed([
        seedDocument({
          year: 2026,
          sequence: 4,
          subject: 'Oznámení o přerušení dodávky',
          counterparty: 'Eva Malá',
        }),
      ]),
      importedAt,
    );
    expect((await searchDocuments(db, 'oznameni', testOrganization, cache))?.size).toBe(1);
    cache.clear();
    expect((await searchDocuments(db, 'oznameni', testOrganization, cache))?.size).toBe(2);
  });
});
