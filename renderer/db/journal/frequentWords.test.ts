import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importSeed } from '../commands/importSeed';
import type { UradovnaDatabase } from '../schema';
import { openTestDatabase } from '../testing/fixtures';
import { makeSeed, seedDocument } from '../testing/seed';
import { FREQUENT_WORD_LIMITS, FrequentWords } from './frequentWords';

const importedAt = new Date('2026-06-01T12:00:00Z');
const limits = { ...FREQUENT_WORD_LIMITS, fromDocuments: 100, sampleDocuments: 400 };

describe('FrequentWords', () => {
  let db: UradovnaDatabase;
  let order: string[];

  beforeAll(async () => {
    db = openTestDatabase();
    // "zadost" in a fifth, "kaceni" in a tenth, "pokuta" in one of the 400 newest,
    // "oznameni" in four fifths and "lhota" in all.
    const documents = Array.from({ length: 600 }, (_, i) =>
      seedDocument({
        year: 2026,
        sequence: i + 1,
        subject: `${i % 5 === 0 ? 'Žádost' : 'Oznámení'} ${i % 10 === 0 ? 'o kácení' : 'o stavbě'}${i === 599 ? ' pokuta' : ''}`,
        counterparty: 'Obec Lhota',
      }),
    );
    await importSeed(db, makeSeed(documents), importedAt);
    order = (await db.documents.orderBy('journalOrder').primaryKeys()) as string[];
  });

  afterAll(async () => {
    await db.delete();
  });

  it('keeps the words of at least 1 % of the newest documents, with every key of the index', async () => {
    const frequent = await FrequentWords.read(db, order, () => true, limits);
    for (const word of ['zadost', 'kaceni']) {
      const keys = await db.documents.where('words').equals(word).primaryKeys();
      expect([...(frequent.get(word) ?? [])].sort(), word).toEqual([...keys].sort());
    }
    // In 1 of the 400 sampled: too rare to be worth memory.
    expect(frequent.get('pokuta')).toBeUndefined();
    // In most or all documents: they narrow little.
    expect(frequent.get('oznameni')).toBeUndefined();
    expect(frequent.get('lhota')).toBeUndefined();
  });

  it('lists the kept words that begin with a prefix, in index order', async () => {
    const frequent = await FrequentWords.read(db, order, () => true, limits);
    expect(frequent.withPrefix('')).toEqual(['kaceni', 'zadost']);
    expect(frequent.withPrefix('ka')).toEqual(['kaceni']);
    expect(frequent.withPrefix('zadost')).toEqual(['zadost']);
    expect(frequent.withPrefix('zadosti')).toEqual([]);
    expect(frequent.withPrefix('zz')).toEqual([]);
  });

  it('keeps no word shorter than its length limit', async () => {
    const frequent = await FrequentWords.read(db, order, () => true, { ...limits, fromLength: 7 });
    expect(frequent.withPrefix('')).toEqual([]);
  });

  it('stays within its key budget, keeping the most frequent first', async () => {
    const frequent = await FrequentWords.read(db, order, () => true, {
      ...limits,
      maxKeptKeys: 150,
    });
    expect(frequent.get('zadost')?.size).toBe(120);
    expect(frequent.get('kaceni')).toBeUndefined();
  });

  it('reads nothing for a small journal, and stops when it is no longer wanted', async () => {
    const where = vi.spyOn(db.documents, 'where');
    const small = await FrequentWords.read(db, order, () => true, {
      ...limits,
      fromDocuments: 1000,
    });
    expect(small.withPrefix('')).toEqual([]);
    expect(where).not.toHaveBeenCalled();
    const stopped = await FrequentWords.read(db, order, () => false, limits);
    expect(stopped.withPrefix('')).toEqual([]);
    expect(where).not.toHaveBeenCalled();
    where.mockRestore();
  });
});
