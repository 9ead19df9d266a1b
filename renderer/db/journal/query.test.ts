import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../../common/domain/document';
import { importSeed } from '../commands/importSeed';
import type { UradovnaDatabase } from '../schema';
import { openTestDatabase, testOrganization } from '../testing/fixtures';
import { makeSeed, seedDocument, type SeedDocumentSpec } from '../testing/seed';
import {
  JournalOrderCache,
  countPlan,
  planJournal,
  planKeys,
  readPlanRows,
  sortColumns,
  type JournalPlan,
  type JournalQuery,
  type SortColumn,
} from './query';

/** A journal with ties in every column, so that the tie-break shows. */
const specs: SeedDocumentSpec[] = [
  {
    year: 2025,
    sequence: 1,
    subject: 'Odpad',
    counterparty: 'Novák',
    date: '2025-12-30T09:00:00Z',
    handler: 'Bára',
    channel: 'post',
  },
  {
    year: 2025,
    sequence: 2,
    subject: 'Žádost',
    counterparty: 'Čermák',
    date: '2025-12-31T09:00:00Z',
    handler: 'Adam',
    state: 'settled',
    fileMark: '1.2',
  },
  {
    year: 2025,
    sequence: 3,
    direction: 'own',
    subject: 'Odpověď',
    counterparty: 'Novák',
    date: '2025-12-31',
    handler: 'Bára',
  },
  {
    year: 2026,
    sequence: 1,
    subject: 'Žádost',
    counterparty: 'Adámek',
    date: '2026-03-01T22:59:59Z',
    handler: 'Adam',
    channel: 'databox',
  },
  // 23:30 UTC on 1 March is 0:30 on 2 March in Prague.
  {
    year: 2026,
    sequence: 2,
    subject: 'odpad',
    counterparty: 'Novák',
    date: '2026-03-01T23:30:00Z',
    handler: 'Bára',
    channel: 'email',
    fileMark: '1.2',
  },
  {
    year: 2026,
    sequence: 3,
    subject: 'Stížnost',
    counterparty: 'Čermák',
    date: '2026-03-02T10:00:00Z',
    handler: 'Adam',
    state: 'cancelled',
  },
  {
    year: 2026,
    sequence: 4,
    direction: 'own',
    subject: 'Žádost',
    counterparty: 'Adámek',
    date: '2026-03-02',
    handler: 'Bára',
  },
  {
    year: 2026,
    sequence: 5,
    subject: 'Odpad',
    counterparty: 'Zelený',
    date: '2026-03-02T22:59:59Z',
    handler: 'Adam',
    channel: 'databox',
    state: 'settled',
  },
  // 23:00 UTC on 2 March is already 3 March in Prague.
  {
    year: 2026,
    sequence: 6,
    subject: 'Kolaudace',
    counterparty: 'Novák',
    date: '2026-03-02T23:00:00Z',
    handler: 'Bára',
    channel: 'personal',
  },
  {
    year: 2026,
    sequence: 7,
    subject: 'Žádost',
    counterparty: 'Čermák',
    date: '2026-03-02T10:00:00Z',
    handler: 'Adam',
    fileMark: '1.2',
  },
];

let db: UradovnaDatabase;
let rows: DocumentRecord[];

beforeAll(async () => {
  db = openTestDatabase();
  await importSeed(db, makeSeed(specs.map(seedDocument)), new Date('2026-03-10T12:00:00Z'));
  rows = await db.documents.toArray();
});

afterAll(async () => {
  await db.delete();
});

const query = (overrides: Partial<JournalQuery> = {}): JournalQuery => ({
  sort: 'referenceNumber',
  descending: false,
  ...overrides,
});

function sortValue(row: DocumentRecord, column: SortColumn): string | number {
  const values: Record<SortColumn, string | number> = {
    referenceNumber: row.journalOrder,
    documentDate: row.documentDate,
    direction: row.direction,
    counterparty: row.counterpartySort,
    subject: row.subjectSort,
    fileMark: row.fileMark,
    handler: row.handler,
    state: row.state,
  };
  return values[column];
}

/** The expected order, worked out on the rows: the column, then journal order; descending reverses both. */
function expectedOrder(
  column: SortColumn,
  descending: boolean,
  keep: (row: DocumentRecord) => boolean = () => true,
) {
  const ordered = rows
    .filter(keep)
    .sort((a, b) => {
      const [va, vb] = [sortValue(a, column), sortValue(b, column)];
      if (va !== vb) return va < vb ? -1 : 1;
      return a.journalOrder - b.journalOrder;
    })
    .map((row) => row.referenceNumber);
  return descending ? ordered.reverse() : ordered;
}

async function run(
  q: JournalQuery,
  cache = new JournalOrderCache(),
): Promise<{ plan: JournalPlan; numbers: string[] }> {
  const plan = await planJournal(db, q, cache, testOrganization);
  const count = await countPlan(db, plan);
  const read = await readPlanRows(db, plan, 0, count);
  return { plan, numbers: read.map((row) => row.referenceNumber) };
}

describe('planJournal — which plan', () => {
  it('reads one index range without filters', async () => {
    expect(await planJournal(db, query(), new JournalOrderCache())).toEqual({
      kind: 'range',
      index: 'journalOrder',
      lower: Dexie.minKey,
      upper: Dexie.maxKey,
      descending: false,
    });
    expect(
      await planJournal(db, query({ sort: 'subject', descending: true }), new JournalOrderCache()),
    ).toMatchObject({
      kind: 'range',
      index: '[subjectSort+journalOrder]',
      descending: true,
    });
  });

  it('reads one range for a year in journal order', async () => {
    expect(await planJournal(db, query({ year: 2026 }), new JournalOrderCache())).toEqual({
      kind: 'range',
      index: 'journalOrder',
      lower: 2026_000_000,
      upper: 2026_999_999,
      descending: false,
    });
  });

  it('reads one range for one equality filter, in journal order or by its own column', async () => {
    for (const sort of ['referenceNumber', 'handler'] as const) {
      expect(
        await planJournal(db, query({ handler: 'Adam', sort }), new JournalOrderCache()),
      ).toEqual({
        kind: 'range',
        index: '[handler+journalOrder]',
        lower: ['Adam', Dexie.minKey],
        upper: ['Adam', Dexie.maxKey],
        descending: false,
      });
    }
    expect(
      await planJournal(db, query({ channel: 'post' }), new JournalOrderCache()),
    ).toMatchObject({
      kind: 'range',
      index: '[channel+journalOrder]',
    });
  });

  it('computes keys for a search, two filters, or a filter in another order', async () => {
    const keys = async (q: JournalQuery) =>
      (await planJournal(db, q, new JournalOrderCache())).kind;
    expect(await keys(query({ search: 'odpad' }))).toBe('keys');
    expect(await keys(query({ year: 2026, handler: 'Adam' }))).toBe('keys');
    expect(await keys(query({ direction: 'own', state: 'registered' }))).toBe('keys');
    expect(await keys(query({ year: 2026, sort: 'subject' }))).toBe('keys');
    expect(await keys(query({ handler: 'Adam', sort: 'subject' }))).toBe('keys');
  });

  it('treats a blank search as no search', async () => {
    expect((await planJournal(db, query({ search: '   ' }), new JournalOrderCache())).kind).toBe(
      'range',
    );
  });
});

describe('planJournal — rows and order', () => {
  for (const column of sortColumns) {
    for (const descending of [false, true]) {
      const label = `${column} ${descending ? 'descending' : 'ascending'}`;

      it(`orders the whole journal by ${label}`, async () => {
        const { plan, numbers } = await run(query({ sort: column, descending }));
        expect(plan.kind).toBe('range');
        expect(numbers).toEqual(expectedOrder(column, descending));
      });

      it(`orders filtered rows by ${label}, sorted in memory or from the cached order`, async () => {
        const q = query({ sort: column, descending, year: 2026, direction: 'incoming' });
        const keep = (row: DocumentRecord) => row.year === 2026 && row.direction === 'incoming';
        const inMemory = await run(q);
        expect(inMemory.plan.kind).toBe('keys');
        expect(inMemory.numbers).toEqual(expectedOrder(column, descending, keep));

        const cache = new JournalOrderCache();
        await cache.get(db, column);
        expect((await run(q, cache)).numbers).toEqual(inMemory.numbers);
      });
    }
  }

  it('filters by year, direction, channel, state and handler', async () => {
    const numbersOf = (keep: (row: DocumentRecord) => boolean) =>
      expectedOrder('referenceNumber', false, keep);
    expect((await run(query({ year: 2025 }))).numbers).toEqual([
      'OUHL 1/2025',
      'OUHL 2/2025',
      'OUHL 3/2025',
    ]);
    expect((await run(query({ direction: 'own' }))).numbers).toEqual([
      'OUHL 3/2025',
      'OUHL 4/2026',
    ]);
    expect((await run(query({ channel: 'databox' }))).numbers).toEqual([
      'OUHL 1/2026',
      'OUHL 5/2026',
    ]);
    expect((await run(query({ state: 'settled' }))).numbers).toEqual(
      numbersOf((row) => row.state === 'settled'),
    );
    expect((await run(query({ handler: 'Bára', year: 2026 }))).numbers).toEqual(
      numbersOf((row) => row.handler === 'Bára' && row.year === 2026),
    );
    expect((await run(query({ state: 'cancelled', handler: 'Bára' }))).numbers).toEqual([]);
  });

  it('combines a search with filters', async () => {
    expect((await run(query({ search: 'odpad' }))).numbers).toEqual([
      'OUHL 1/2025',
      'OUHL 2/2026',
      'OUHL 5/2026',
    ]);
    expect((await run(query({ search: 'odpad', year: 2026, descending: true }))).numbers).toEqual([
      'OUHL 5/2026',
      'OUHL 2/2026',
    ]);
    expect((await run(query({ search: 'OUHL 3/2026' }))).numbers).toEqual(['OUHL 3/2026']);
    expect((await run(query({ search: 'nic takového' }))).numbers).toEqual([]);
  });

  it('puts a small result in order by the places a warmed cache knows, as without them', async () => {
    const warmed = new JournalOrderCache();
    await warmed.warm(db);
    expect(warmed.knownPositions('referenceNumber')?.size).toBe(rows.length);
    for (const q of [
      query({ search: 'odpad' }),
      query({ search: 'odpad', year: 2026, descending: true }),
      query({ search: 'zadost', handler: 'Adam' }),
      query({ direction: 'own', year: 2026 }),
      query({ state: 'settled', handler: 'Bára', descending: true }),
    ]) {
      expect((await run(q, warmed)).numbers, JSON.stringify(q)).toEqual((await run(q)).numbers);
    }
    warmed.clear();
    expect(warmed.knownPositions('referenceNumber')).toBeNull();
  });

  it('filters a period by office days, on either plan', async () => {
    const march2 = ['OUHL 2/2026', 'OUHL 3/2026', 'OUHL 4/2026', 'OUHL 5/2026', 'OUHL 7/2026'];
    const byJournal = await run(query({ from: '2026-03-02', to: '2026-03-02' }));
    expect(byJournal.plan.kind).toBe('keys');
    expect(byJournal.numbers).toEqual(march2);

    const byDate = await run(query({ from: '2026-03-02', to: '2026-03-02', sort: 'documentDate' }));
    expect(byDate.plan.kind).toBe('range');
    expect([...byDate.numbers].sort()).toEqual([...march2].sort());
    expect(byDate.numbers).toEqual(
      expectedOrder('documentDate', false, (row) => march2.includes(row.referenceNumber)),
    );
  });

  it('finds nothing, and does not fail, for a period that ends before it starts', async () => {
    expect((await run(query({ from: '2026-03-05', to: '2026-03-01' }))).numbers).toEqual([]);
    expect(
      (await run(query({ from: '2026-03-05', to: '2026-03-01', sort: 'documentDate' }))).numbers,
    ).toEqual([]);
  });

  it('takes an open end of a period as unbounded', async () => {
    expect((await run(query({ to: '2025-12-31' }))).numbers).toEqual([
      'OUHL 1/2025',
      'OUHL 2/2025',
      'OUHL 3/2025',
    ]);
    expect((await run(query({ from: '2026-03-03' }))).numbers).toEqual(['OUHL 6/2026']);
  });
});

describe('countPlan and readPlanRows', () => {
  it('page through a range plan in both directions', async () => {
    for (const descending of [false, true]) {
      const plan = await planJournal(db, query({ descending }), new JournalOrderCache());
      expect(await countPlan(db, plan)).toBe(specs.length);
      const pages = [];
      for (let start = 0; start < specs.length; start += 3) {
        pages.push(...(await readPlanRows(db, plan, start, start + 3)));
      }
      expect(pages.map((row) => row.referenceNumber)).toEqual(
        expectedOrder('referenceNumber', descending),
      );
      expect(await planKeys(db, plan)).toEqual(pages.map((row) => row.pid));
    }
  });

  it('page through a keys plan', async () => {
    const plan = await planJournal(
      db,
      query({ year: 2026, handler: 'Adam', sort: 'subject' }),
      new JournalOrderCache(),
    );
    const expected = expectedOrder(
      'subject',
      false,
      (row) => row.year === 2026 && row.handler === 'Adam',
    );
    expect(await countPlan(db, plan)).toBe(expected.length);
    const first = await readPlanRows(db, plan, 0, 2);
    const rest = await readPlanRows(db, plan, 2, 100);
    expect([...first, ...rest].map((row) => row.referenceNumber)).toEqual(expected);
    expect(await readPlanRows(db, plan, 50, 60)).toEqual([]);
  });

  it('count a range plan narrowed to one value', async () => {
    const plan = await planJournal(db, query({ handler: 'Adam' }), new JournalOrderCache());
    expect(await countPlan(db, plan)).toBe(rows.filter((row) => row.handler === 'Adam').length);
    expect((await readPlanRows(db, plan, 1, 2)).map((row) => row.referenceNumber)).toEqual([
      'OUHL 1/2026',
    ]);
  });
});

describe('JournalOrderCache', () => {
  it('reads each column once and keeps it until cleared', async () => {
    const orderBy = vi.spyOn(db.documents, 'orderBy');
    try {
      const cache = new JournalOrderCache();
      expect(cache.has('subject')).toBe(false);
      const first = await cache.get(db, 'subject');
      const second = await cache.get(db, 'subject');
      expect(second).toBe(first);
      expect(cache.has('subject')).toBe(true);
      expect(orderBy).toHaveBeenCalledTimes(1);
      expect(first).toEqual(
        expectedOrder('subject', false).map(
          (number) => rows.find((row) => row.referenceNumber === number)?.pid,
        ),
      );

      await cache.get(db, 'handler');
      expect(orderBy).toHaveBeenCalledTimes(2);

      cache.clear();
      expect(cache.has('subject')).toBe(false);
      await cache.get(db, 'subject');
      expect(orderBy).toHaveBeenCalledTimes(3);
    } finally {
      orderBy.mockRestore();
    }
  });

  it('serves the old order until cleared, then the new one', async () => {
    const local = openTestDatabase();
    try {
      await importSeed(
        local,
        makeSeed(specs.slice(0, 3).map(seedDocument)),
        new Date('2026-03-10T12:00:00Z'),
      );
      const cache = new JournalOrderCache();
      expect(await cache.get(local, 'referenceNumber')).toHaveLength(3);
      await importSeed(
        local,
        makeSeed(specs.slice(3, 5).map(seedDocument)),
        new Date('2026-03-10T12:00:00Z'),
      );
      expect(await cache.get(local, 'referenceNumber')).toHaveLength(3);
      cache.clear();
      expect(await cache.get(local, 'referenceNumber')).toHaveLength(5);
    } finally {
      await local.delete();
    }
  });
});
