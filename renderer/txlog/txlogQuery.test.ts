import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../db/schema';
import { openTestDatabase } from '../db/testing/fixtures';
import { appendTxLog, type TxLogDraft } from '../db/txlog/append';
import type { TxLogEntry } from '../db/txlog/entry';
import { hashEntry } from '../db/txlog/entry';
import { identifierOf, resolveIdentifiers } from './identifiers';
import { checkPeriodChain } from './periodChain';
import { entryMatcher, periodBounds, type TxLogFilter } from './txlogFilter';
import {
  countInPeriod,
  readEntityLog,
  readLogPage,
  readPeriod,
  type LogCursor,
} from './txlogQuery';

let db: UradovnaDatabase;

beforeEach(() => {
  db = openTestDatabase();
});

afterEach(async () => {
  await db.delete();
});

const day = periodBounds('2026-03-02', '2026-03-02')!;

/** Appends entries at the given instants (several may share one, as in one command). */
async function append(drafts: Array<Partial<TxLogDraft> & { at: string }>): Promise<TxLogEntry[]> {
  return db.transaction('rw', db.txlog, () =>
    appendTxLog(
      db,
      drafts.map((draft, index) => ({
        event: 'Zalozeni',
        entityType: 'document',
        entityId: `OUHL${index}`,
        actor: 'Marie',
        ...draft,
      })),
      new Date('2026-03-02T12:00:00Z'),
    ),
  );
}

/** Every page of a filter, following the cursors. */
async function allPages(
  filter: TxLogFilter | null,
  size: number,
): Promise<{ pages: number[][]; seqs: number[] }> {
  const match = filter ? entryMatcher(filter) : null;
  const pages: number[][] = [];
  let after: LogCursor | null = null;
  do {
    const page = await readLogPage(db, day, match, after, size);
    pages.push(page.entries.map((entry) => entry.seq));
    after = page.next;
  } while (after && pages.length < 100);
  return { pages, seqs: pages.flat() };
}

describe('readLogPage', () => {
  it('pages through a period in time order, also through entries sharing one instant', async () => {
    const at = (hour: number) => `2026-03-02T${String(hour).padStart(2, '0')}:00:00.000Z`;
    await append([
      { at: '2026-03-01T22:59:59.999Z' }, // 1: the evening before, office time
      { at: at(9) }, // 2
      { at: at(8) }, // 3: written later, happened earlier (an import)
      { at: at(10) }, // 4
      { at: at(10) }, // 5
      { at: at(10) }, // 6
      { at: at(10) }, // 7
      { at: at(11) }, // 8
      { at: '2026-03-02T23:00:00.000Z' }, // 9: already 3 March in Prague
    ]);
    const { pages, seqs } = await allPages(null, 2);
    expect(seqs).toEqual([3, 2, 4, 5, 6, 7, 8]);
    expect(pages).toEqual([[3, 2], [4, 5], [6, 7], [8]]);
    expect((await allPages(null, 3)).seqs).toEqual(seqs);
    expect((await allPages(null, 7)).pages).toEqual([seqs]);
    expect(await countInPeriod(db, day, null)).toBe(7);
  });

  it('applies the narrowing before the page size, so pages stay full', async () => {
    await append(
      Array.from({ length: 12 }, (_, i) => ({
        at: `2026-03-02T08:${String(i).padStart(2, '0')}:00.000Z`,
        event: i % 3 === 0 ? ('Export' as const) : ('Zalozeni' as const),
      })),
    );
    const filter: TxLogFilter = {
      from: '2026-03-02',
      to: '2026-03-02',
      event: 'Export',
      entityType: null,
      text: '',
    };
    const { pages } = await allPages(filter, 2);
    expect(pages).toEqual([
      [1, 4],
      [7, 10],
    ]);
    expect(await countInPeriod(db, day, entryMatcher(filter))).toBe(4);
  });

  it('returns an empty last page for an empty period', async () => {
    expect(await readLogPage(db, day, null, null, 10)).toEqual({ entries: [], next: null });
  });
});

describe('readPeriod', () => {
  it('reads the whole period in log order, or refuses before reading when it is too big', async () => {
    await append([
      { at: '2026-03-02T10:00:00.000Z' },
      { at: '2026-03-02T09:00:00.000Z' },
      { at: '2026-03-03T09:00:00.000Z' },
    ]);
    const read = await readPeriod(db, day, 2);
    expect(read.ok && read.entries.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(await readPeriod(db, day, 1)).toEqual({ ok: false, count: 2 });
  });
});

describe('readEntityLog', () => {
  it('reads the entries of one object only, oldest first', async () => {
    await append([
      { at: '2026-03-02T10:00:00.000Z', entityId: 'OUHLa' },
      { at: '2026-03-02T11:00:00.000Z', entityId: 'OUHLb' },
      { at: '2026-03-02T09:00:00.000Z', entityId: 'OUHLa', event: 'Uprava' },
      { at: '2026-03-02T12:00:00.000Z', entityId: 'OUHLa', entityType: 'caseFile' },
    ]);
    const log = await readEntityLog(db, 'document', 'OUHLa');
    expect(log.map((entry) => [entry.seq, entry.event])).toEqual([
      [1, 'Zalozeni'],
      [3, 'Uprava'],
    ]);
  });
});

describe('checkPeriodChain', () => {
  const hours = (count: number, date = '2026-03-02') =>
    Array.from({ length: count }, (_, i) => ({
      at: `${date}T${String(8 + i).padStart(2, '0')}:00:00.000Z`,
    }));

  it('checks the span of the period and its link to the entry before it', async () => {
    await append([...hours(3, '2026-03-01'), ...hours(4), ...hours(2, '2026-03-03')]);
    expect(await checkPeriodChain(db, day)).toEqual({
      empty: false,
      firstSeq: 4,
      lastSeq: 7,
      check: { ok: true, entries: 4 },
    });
    expect(await checkPeriodChain(db, periodBounds('2026-03-05', '2026-03-05')!)).toEqual({
      empty: true,
    });
  });

  it('finds an edited entry, a removed one and a forged predecessor', async () => {
    const entries = await append([...hours(3, '2026-03-01'), ...hours(4)]);
    await db.txlog.update(5, { actor: 'Někdo jiný' });
    expect(await checkPeriodChain(db, day)).toMatchObject({
      check: { ok: false, brokenAt: 5, reason: 'hash' },
    });
    await db.txlog.put(entries[4]!);
    await db.txlog.delete(6);
    expect(await checkPeriodChain(db, day)).toMatchObject({
      check: { ok: false, brokenAt: 7, reason: 'gap' },
    });
    await db.txlog.put(entries[5]!);
    // The entry before the period rewritten with a fresh hash: the period's first
    // entry no longer links to it.
    const { hash: _hash, ...body } = entries[2]!;
    const forged = { ...body, actor: 'Padělatel' };
    await db.txlog.put({ ...forged, hash: hashEntry(forged) });
    expect(await checkPeriodChain(db, day)).toMatchObject({
      check: { ok: false, brokenAt: 4, reason: 'link' },
    });
    await db.txlog.delete(3);
    expect(await checkPeriodChain(db, day)).toMatchObject({
      check: { ok: false, brokenAt: 4, reason: 'gap' },
    });
  });
});

describe('resolveIdentifiers', () => {
  it('names documents by reference number, case files by reference, files by name', async () => {
    await db.documents.put({ pid: 'OUHLd1', referenceNumber: 'OUHL 7/2026' } as never);
    await db.caseFiles.put({ id: 'OUHLs1', reference: 'SZ OUHL 2/2026' } as never);
    const entries = await append([
      { at: '2026-03-02T10:00:00.000Z', entityId: 'OUHLd1' },
      { at: '2026-03-02T10:00:00.000Z', entityId: 'OUHLgone' },
      { at: '2026-03-02T10:00:00.000Z', entityId: 'OUHLs1', entityType: 'caseFile' },
      {
        at: '2026-03-02T10:00:00.000Z',
        entityId: 'c-1',
        entityType: 'component',
        detail: { name: 'sken.pdf' },
      },
      { at: '2026-03-02T10:00:00.000Z', entityId: 'journal', entityType: 'journal' },
    ]);
    const labels = await resolveIdentifiers(db, entries);
    expect(entries.map((entry) => identifierOf(entry, labels))).toEqual([
      'OUHL 7/2026',
      'OUHLgone',
      'SZ OUHL 2/2026',
      'sken.pdf',
      'journal',
    ]);
  });
});
