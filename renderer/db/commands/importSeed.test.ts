import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incomingInput } from '../../../common/domain/testing/sampleDocuments';
import { CommandError } from '../errors';
import type { UradovnaDatabase } from '../schema';
import { getSetting } from '../settings';
import { openTestDatabase, snapshot, testOrganization, testUser } from '../testing/fixtures';
import { makeSeed, seedDocument, seedPid } from '../testing/seed';
import { verifyTxLog } from '../txlog/verify';
import { importSeed } from './importSeed';
import { registerDocument } from './registerDocument';

/** Five documents over two years, listed out of order and with gaps, as a server may send them. */
const smallSeed = () =>
  makeSeed([
    seedDocument({
      year: 2025,
      sequence: 2,
      subject: 'Poplatek za psa',
      fileMark: '1.2',
      date: '2025-02-03T09:00:00Z',
    }),
    seedDocument({
      year: 2025,
      sequence: 1,
      subject: 'Žádost o kácení',
      date: '2025-01-10T09:00:00Z',
    }),
    seedDocument({
      year: 2025,
      sequence: 7,
      direction: 'own',
      subject: 'Rozhodnutí',
      date: '2025-11-20',
    }),
    seedDocument({
      year: 2026,
      sequence: 4,
      subject: 'Stížnost na hluk',
      state: 'settled',
      date: '2026-02-01T10:00:00Z',
    }),
    seedDocument({ year: 2026, sequence: 1, subject: 'Kolaudace', date: '2026-01-05T10:00:00Z' }),
  ]);

const importedAt = new Date('2026-03-01T12:00:00Z');
let db: UradovnaDatabase;

beforeEach(() => {
  db = openTestDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('importSeed', () => {
  it('stores the organisation, the file plan and the documents', async () => {
    const result = await importSeed(db, smallSeed(), importedAt);
    expect(result).toEqual({ documents: 5 });
    expect(await getSetting(db, 'organization')).toEqual(testOrganization);
    expect(await getSetting(db, 'currentUser')).toBe(testUser);
    expect(await getSetting(db, 'handlers')).toEqual([testUser, 'Petr Starosta']);
    expect(await getSetting(db, 'demoSeededAt')).toBe(importedAt.toISOString());
    expect(await db.planGroups.count()).toBe(3);

    const rows = await db.documents.orderBy('journalOrder').toArray();
    expect(rows.map((row) => row.referenceNumber)).toEqual([
      'OUHL 1/2025',
      'OUHL 2/2025',
      'OUHL 7/2025',
      'OUHL 1/2026',
      'OUHL 4/2026',
    ]);
    const fee = rows.find((row) => row.subject === 'Poplatek za psa');
    expect(fee).toMatchObject({
      retention: { mark: 'S', period: 5 },
      words: expect.arrayContaining(['poplatek', 'psa']),
    });
    expect(rows.find((row) => row.sequence === 4 && row.year === 2026)?.state).toBe('settled');
    expect(await db.outbox.count()).toBe(0);
  });

  it('sets each year to its highest sequence', async () => {
    await importSeed(db, smallSeed(), importedAt);
    expect(await db.sequences.toArray()).toEqual([
      { year: 2025, last: 7 },
      { year: 2026, last: 4 },
    ]);
  });

  it('never moves a sequence back', async () => {
    await db.sequences.put({ year: 2026, last: 9 });
    await importSeed(db, smallSeed(), importedAt);
    expect(await db.sequences.get(2026)).toEqual({ year: 2026, last: 9 });
  });

  it('lets a later registration continue the numbering', async () => {
    await importSeed(db, smallSeed(), importedAt);
    const now = new Date('2026-03-02T10:00:00Z');
    expect((await registerDocument(db, incomingInput(), [], { now })).referenceNumber).toBe(
      'OUHL 5/2026',
    );
    expect((await registerDocument(db, incomingInput(), [], { now })).referenceNumber).toBe(
      'OUHL 6/2026',
    );
  });

  it('logs Zalozeni for each document at its registration time, in a valid chain', async () => {
    const seed = smallSeed();
    await importSeed(db, seed, importedAt);
    const log = await db.txlog.orderBy('seq').toArray();
    expect(log).toHaveLength(5);
    expect(log.map((entry) => entry.event)).toEqual(Array(5).fill('Zalozeni'));
    expect(log.map((entry) => entry.entityId)).toEqual(seed.documents.map((doc) => doc.pid));
    expect(log.map((entry) => entry.at)).toEqual(seed.documents.map((doc) => doc.registeredAt));
    expect(log[0]?.detail).toMatchObject({ source: 'seed', referenceNumber: 'OUHL 2/2025' });
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 5 });

    await registerDocument(db, incomingInput(), [], { now: new Date('2026-03-02T10:00:00Z') });
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 6 });
  });

  it('refuses a seed with an unknown file mark and stores nothing', async () => {
    const seed = smallSeed();
    seed.documents.push(seedDocument({ year: 2026, sequence: 5, fileMark: '9.9' }));
    const before = await snapshot(db);
    await expect(importSeed(db, seed, importedAt)).rejects.toMatchObject({
      code: 'errors.seedInvalid',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a seed that gives one number to two documents', async () => {
    const seed = smallSeed();
    seed.documents.push({ ...seedDocument({ year: 2026, sequence: 4 }), pid: seedPid(2026, 99) });
    await expect(importSeed(db, seed, importedAt)).rejects.toMatchObject({
      code: 'errors.seedInvalid',
    });
    expect(await db.documents.count()).toBe(0);
  });

  it('refuses a seed whose number is already held here by another document', async () => {
    const now = new Date('2026-03-02T10:00:00Z');
    await importSeed(db, makeSeed([]), importedAt);
    const local = await registerDocument(db, incomingInput(), [], { now });
    expect(local.referenceNumber).toBe('OUHL 1/2026');
    const before = await snapshot(db);
    await expect(importSeed(db, smallSeed(), importedAt)).rejects.toMatchObject({
      code: 'errors.seedInvalid',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('accepts the same seed twice without doubling documents or numbers', async () => {
    await importSeed(db, smallSeed(), importedAt);
    await importSeed(db, smallSeed(), importedAt);
    expect(await db.documents.count()).toBe(5);
    expect(await db.sequences.get(2025)).toEqual({ year: 2025, last: 7 });
  });

  it('into an empty database only: a second, racing demo start writes nothing', async () => {
    const options = { onlyIntoEmptyDatabase: true };
    const [first, second] = await Promise.all([
      importSeed(db, smallSeed(), importedAt, options),
      importSeed(db, smallSeed(), importedAt, options),
    ]);
    expect([first.documents, second.documents].sort()).toEqual([0, 5]);
    expect(await db.documents.count()).toBe(5);
    expect(await db.txlog.count()).toBe(5);
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 5 });
  });

  it('refuses a seed with an invalid document and says which', async () => {
    const seed = smallSeed();
    seed.documents[3] = { ...seed.documents[3]!, subject: '' };
    const error = await importSeed(db, seed, importedAt).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({
      code: 'errors.seedInvalid',
      issues: [
        expect.objectContaining({
          path: 'documents.3.subject',
          message: 'validation.subject.required',
        }),
      ],
    });
    expect(await db.documents.count()).toBe(0);
  });
});
