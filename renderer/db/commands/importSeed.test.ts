import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SeedDocument } from '../../../common/contract/types';
import { collectionSheetJournalOrder } from '../../../common/domain/caseFile';
import { journalOrder } from '../../../common/domain/referenceNumber';
import { incomingInput } from '../../../common/domain/testing/sampleDocuments';
import demoPlanXml from '../../../sim/seed/filePlan.xml?raw';
import { generateDemoSeed } from '../../../sim/seed/generate';
import { CommandError } from '../errors';
import type { UradovnaDatabase } from '../schema';
import { getSetting } from '../settings';
import { refusal } from '../testing/commandTest';
import { openTestDatabase, snapshot, testOrganization, testUser } from '../testing/fixtures';
import { makeSeed, seedCaseFile, seedDocument, seedPid } from '../testing/seed';
import { verifyTxLog } from '../txlog/verify';
import { closeCaseFile } from './caseFiles/closeCaseFile';
import { settleDocument } from './caseFiles/settleDocument';
import { importSeed } from './importSeed';
import { createDisposalProposal, dueForDisposal } from './recordsOffice/disposalProposal';
import { registerDocument } from './registerDocument';
import { reserveForTest } from '../../sync/testing/reserved';
import { putSyncMeta } from '../../sync/syncMeta';

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
    expect(result).toEqual({ documents: 5, caseFiles: 0 });
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

  it("numbers later registrations from the eSSL's reserved block, provisionally without one", async () => {
    await importSeed(db, smallSeed(), importedAt);
    const now = new Date('2026-03-02T10:00:00Z');
    const first = await registerDocument(db, incomingInput(), [], { now });
    expect(first.referenceNumber).toBe('PROZATÍMNÍ 1/2026');
    expect((await db.documents.get(first.pid))?.numberStatus).toBe('provisional');
    await reserveForTest(db, 'documents', 2026, [
      [6, 'OUHL 6/2026'],
      [5, 'OUHL 5/2026'],
    ]);
    const second = await registerDocument(db, incomingInput(), [], { now });
    expect(second.referenceNumber).toBe('OUHL 5/2026');
    expect((await db.documents.get(second.pid))?.numberStatus).toBe('reserved');
    expect((await db.reservedNumbers.get('documents/2026/5'))?.usedBy).toBe(second.pid);
    expect((await registerDocument(db, incomingInput(), [], { now })).referenceNumber).toBe(
      'OUHL 6/2026',
    );
  });

  it('logs Zalozeni for each document at its registration time, oldest first, in a valid chain', async () => {
    const seed = smallSeed();
    await importSeed(db, seed, importedAt);
    const log = await db.txlog.orderBy('seq').toArray();
    const registrations = log.filter((entry) => entry.event === 'Zalozeni');
    const inTime = [...seed.documents].sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
    expect(registrations.map((entry) => entry.entityId)).toEqual(inTime.map((doc) => doc.pid));
    expect(registrations.map((entry) => entry.at)).toEqual(inTime.map((doc) => doc.registeredAt));
    expect(registrations[0]?.detail).toMatchObject({
      source: 'seed',
      referenceNumber: 'OUHL 1/2025',
    });
    // The settled one was settled after it was registered.
    expect(log.map((entry) => entry.event)).toEqual([...Array(5).fill('Zalozeni'), 'Vyrizeni']);
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 6 });

    await registerDocument(db, incomingInput(), [], { now: new Date('2026-03-02T10:00:00Z') });
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 7 });
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
    // A device that numbered on its own before it was connected.
    await putSyncMeta(db, 'numberSource', 'local');
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
    expect(await db.txlog.count()).toBe(6);
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 6 });
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

/**
 * A small history with its life cycle (sample plan: 1.1 A/10 kept as a sběrný arch,
 * 1.2 S/5 by linking): a request answered within its sběrný arch, closed and taken
 * over by the records office; an open linking file with an unsettled complaint; a
 * settled letter in the records office; a settled one still at the office; a new one.
 */
function lifecycleSeed() {
  const kept: SeedDocument = {
    ...seedDocument({
      year: 2025,
      sequence: 1,
      subject: 'Oznámení o kácení',
      fileMark: '1.2',
      date: '2025-01-10T09:00:00Z',
      state: 'inRecordsOffice',
    }),
    custody: {
      handedOverAt: '2026-01-21T09:00:00.000Z',
      takenOverAt: '2026-01-21T13:00:00.000Z',
      location: 'Regál 2',
    },
  };
  const settled = seedDocument({
    year: 2025,
    sequence: 2,
    fileMark: '1.2',
    date: '2025-01-15T09:00:00Z',
    state: 'settled',
  });
  const reply: SeedDocument = {
    ...seedDocument({
      year: 2025,
      sequence: 3,
      direction: 'own',
      subject: 'Souhlas s pronájmem sálu',
      fileMark: '1.1',
      date: '2025-02-20',
      state: 'inRecordsOffice',
      settlement: { method: 'noteOnDocument', content: 'Vypraveno.' },
    }),
    pid: seedPid(2025, 103),
  };
  const request = seedDocument({
    year: 2025,
    sequence: 3,
    subject: 'Žádost o pronájem sálu',
    fileMark: '1.1',
    date: '2025-02-03T09:00:00Z',
    state: 'inRecordsOffice',
    settlement: {
      method: 'document',
      settlingPid: reply.pid,
      date: '2025-02-20',
      recordedAt: '2025-02-20T09:30:00.000Z',
    },
  });
  const complaint = seedDocument({
    year: 2026,
    sequence: 1,
    subject: 'Stížnost na hluk',
    fileMark: '1.2',
    date: '2026-01-12T09:00:00Z',
    state: 'inProgress',
  });
  const answered = seedDocument({
    year: 2026,
    sequence: 2,
    direction: 'own',
    subject: 'Výzva k doplnění stížnosti',
    fileMark: '1.2',
    date: '2026-01-20',
    state: 'settled',
  });
  const fresh = seedDocument({ year: 2026, sequence: 3, date: '2026-02-02T09:00:00Z' });
  const sheet = seedCaseFile({
    key: 1,
    documents: [request, reply],
    reference: 'OUHL 3/2025',
    state: 'inRecordsOffice',
  });
  const linked = seedCaseFile({ key: 7, documents: [complaint, answered] });
  const seed = makeSeed(
    [kept, settled, request, reply, complaint, answered, fresh],
    [sheet, linked],
  );
  return { seed, kept, settled, request, reply, complaint, answered, fresh, sheet, linked };
}

const eventsOf = async (id: string) =>
  (await db.txlog.where('entityId').equals(id).sortBy('seq')).map((entry) => entry.event);

describe('importSeed — the life cycle', () => {
  it('lands files, settlements and custody as the commands would have left them', async () => {
    const { seed, kept, settled, request, reply, complaint, sheet, linked } = lifecycleSeed();
    expect(await importSeed(db, seed, importedAt)).toEqual({ documents: 7, caseFiles: 2 });

    const rows = await db.documents.orderBy('journalOrder').toArray();
    expect(rows.map((row) => row.referenceNumber)).toEqual([
      'OUHL 1/2025',
      'OUHL 2/2025',
      'OUHL 3/2025',
      'OUHL 3/2025-2',
      'OUHL 1/2026',
      'OUHL 2/2026',
      'OUHL 3/2026',
    ]);
    const row = async (pid: string) => (await db.documents.get(pid))!;
    const sheetRow = (await db.caseFiles.get(sheet.id))!;
    expect(await row(reply.pid)).toMatchObject({
      referenceNumber: 'OUHL 3/2025-2',
      journalOrder: collectionSheetJournalOrder(journalOrder(2025, 3), 2),
      caseFileId: sheet.id,
      caseFileOrder: 2,
      state: 'inRecordsOffice',
      retention: { mark: 'A', period: 10 },
      settles: [request.pid],
      triggerYear: null,
      disposalYear: null,
      custody: sheetRow.custody,
    });
    expect((await row(request.pid)).settlement).toEqual(request.settlement);
    expect((await row(request.pid)).words).toContain('pronajem');

    const [version] = await db.filePlanVersions.toArray();
    expect(sheetRow).toMatchObject({
      reference: 'OUHL 3/2025',
      mode: 'collectionSheet',
      planGroupId: `${version!.id}/1.1`,
      initiatorPid: request.pid,
      documentCount: 2,
      nextOrder: 3,
      state: 'inRecordsOffice',
      closedAt: sheet.closedAt,
      // Closed in 2025, A/10: kept through 2035.
      triggerYear: 2025,
      disposalYear: 2036,
      custody: { ...sheet.custody, loan: null, disposalProposalId: null },
      createdBy: testUser,
    });
    expect(sheetRow.words).toEqual(expect.arrayContaining(['ouhl', '3', '2025', 'pronajem', '1']));
    expect(await db.caseFiles.get(linked.id)).toMatchObject({
      reference: 'SZ OUHL 7/2026',
      mode: 'linking',
      state: 'inProgress',
      closedAt: null,
      triggerYear: null,
      disposalYear: null,
      custody: null,
    });
    expect(await row(complaint.pid)).toMatchObject({ state: 'inProgress', caseFileOrder: 1 });
    // Stand-alone documents count their retention from the settlement (S/5 → 2031).
    expect(await row(kept.pid)).toMatchObject({
      state: 'inRecordsOffice',
      triggerYear: 2025,
      disposalYear: 2031,
      custody: { ...kept.custody, loan: null, disposalProposalId: null },
    });
    expect(await row(settled.pid)).toMatchObject({ state: 'settled', disposalYear: 2031 });

    expect(await db.sequences.toArray()).toEqual([
      { year: 2025, last: 3 },
      { year: 2026, last: 3 },
    ]);
    expect(await db.caseFileSequences.toArray()).toEqual([
      { year: 2025, last: 1 },
      { year: 2026, last: 7 },
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes the history into the transaction log, each step at its time, in a valid chain', async () => {
    const { seed, kept, request, reply, complaint, sheet } = lifecycleSeed();
    await importSeed(db, seed, importedAt);
    const log = await db.txlog.orderBy('seq').toArray();
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: log.length });
    const times = log.map((entry) => entry.at);
    expect(times).toEqual([...times].sort());
    for (const entry of log) expect(entry.detail.source).toBe('seed');

    const requestLog = log.filter((entry) => entry.entityId === request.pid);
    expect(requestLog.map((entry) => [entry.event, entry.at])).toEqual([
      ['Zalozeni', request.registeredAt],
      ['VlozeniDoSpisu', sheet.openedAt],
      ['Vyrizeni', request.settlement!.recordedAt],
      ['Uzavreni', sheet.closedAt],
      ['PredaniNaSpisovnu', sheet.custody!.handedOverAt],
      ['PrevzetiNaSpisovnu', sheet.custody!.takenOverAt],
    ]);
    expect(requestLog[2]!.detail).toMatchObject({ method: 'document', settlingPid: reply.pid });
    expect(await eventsOf(sheet.id)).toEqual([
      'Zalozeni',
      'Uzavreni',
      'PredaniNaSpisovnu',
      'PrevzetiNaSpisovnu',
    ]);
    const sheetLog = log.filter((entry) => entry.entityId === sheet.id);
    expect(sheetLog[0]).toMatchObject({
      actor: sheet.handler,
      detail: { reference: 'OUHL 3/2025', mode: 'collectionSheet', initiatorPid: request.pid },
    });
    expect(sheetLog[1]!.detail).toMatchObject({ triggerYear: 2025, disposalYear: 2036 });
    // The records office's clerk takes over and says where it is kept.
    expect(sheetLog[3]).toMatchObject({ actor: seed.currentUser, detail: { location: 'Regál 1' } });
    expect(
      log.find((entry) => entry.entityId === reply.pid && entry.event === 'VlozeniDoSpisu')!.detail,
    ).toMatchObject({ order: 2, initiator: false, registered: true, reference: 'OUHL 3/2025' });
    expect(await eventsOf(complaint.pid)).toEqual(['Zalozeni', 'VlozeniDoSpisu']);
    expect(await eventsOf(kept.pid)).toEqual([
      'Zalozeni',
      'Vyrizeni',
      'PredaniNaSpisovnu',
      'PrevzetiNaSpisovnu',
    ]);
    expect(
      log.find((entry) => entry.entityId === kept.pid && entry.event === 'PrevzetiNaSpisovnu')!
        .detail,
    ).toMatchObject({ referenceNumber: 'OUHL 1/2025', location: 'Regál 2' });
  });

  it('leaves a state the commands carry on from', async () => {
    const { seed, kept, complaint, sheet, linked } = lifecycleSeed();
    await importSeed(db, seed, importedAt);
    await reserveForTest(db, 'documents', 2026, [[4, 'OUHL 4/2026']]);
    const now = new Date('2026-03-02T10:00:00Z');
    const blocked = await refusal(closeCaseFile(db, linked.id, {}, now));
    expect(blocked).toMatchObject({
      code: 'errors.caseFile.unsettled',
      params: { documents: 'OUHL 1/2026' },
    });
    const added = await registerDocument(db, incomingInput({ fileMark: '1.2' }), [], {
      now,
      caseFileId: linked.id,
    });
    expect(added.referenceNumber).toBe('OUHL 4/2026');
    expect((await db.documents.get(added.pid))?.caseFileOrder).toBe(3);
    for (const pid of [complaint.pid, added.pid])
      await settleDocument(db, pid, { date: '2026-03-02', method: 'noted' }, now);
    await closeCaseFile(db, linked.id, {}, now);
    expect((await db.caseFiles.get(linked.id))?.disposalYear).toBe(2032);

    expect(await dueForDisposal(db, 2030)).toEqual([]);
    expect((await dueForDisposal(db, 2036)).map((item) => [item.id, item.retentionMark])).toEqual([
      [sheet.id, 'A'],
      [kept.pid, 'S'],
    ]);
    expect((await verifyTxLog(db)).ok).toBe(true);
  });
});

describe('importSeed — refuses a seed whose life cycle does not hold together', () => {
  type Parts = ReturnType<typeof lifecycleSeed>;
  const cases: Array<[string, (parts: Parts) => void, RegExp]> = [
    [
      'a case file naming a document the seed does not carry',
      ({ linked }) => linked.documents.push(seedPid(2030, 1)),
      /names an unknown document/,
    ],
    [
      'a document in two case files',
      ({ seed, answered }) => seed.caseFiles.push(seedCaseFile({ key: 9, documents: [answered] })),
      /in two case files/,
    ],
    [
      'a closed case file with an unsettled document',
      ({ linked }) => {
        linked.state = 'closed';
        linked.closedAt = '2026-02-20T09:00:00.000Z';
      },
      /Closed case file SZ OUHL 7\/2026 holds unsettled documents: OUHL 1\/2026/,
    ],
    [
      'a file closed before a document in it was settled',
      ({ sheet }) => {
        sheet.closedAt = '2025-02-20T09:15:00.000Z';
      },
      /holds unsettled documents: OUHL 3\/2025, OUHL 3\/2025-2$/,
    ],
    [
      'a settlement by a document the seed does not carry',
      ({ request }) => {
        request.settlement!.settlingPid = seedPid(2030, 2);
      },
      /invalid settling document/,
    ],
    [
      'a settlement before the registration',
      ({ settled }) => {
        settled.settlement!.date = '2025-01-14';
      },
      /settled before it was registered/,
    ],
    [
      'a state its life cycle does not lead to',
      ({ settled }) => {
        settled.state = 'closed';
      },
      /is closed, its life cycle says settled/,
    ],
    [
      'a document classified apart from its file',
      ({ answered }) => {
        answered.fileMark = '1.1';
      },
      /classified 1\.1, its case file 1\.2/,
    ],
    [
      'a cancelled document in a file',
      ({ complaint }) => {
        complaint.state = 'cancelled';
      },
      /Cancelled document OUHL 1\/2026/,
    ],
    [
      'a file in the records office without its custody',
      ({ sheet }) => {
        delete sheet.custody;
      },
      /in the records office without custody/,
    ],
    [
      'a taking over before the handing over',
      ({ kept }) => {
        kept.custody!.takenOverAt = '2026-01-21T08:00:00.000Z';
      },
      /taken over by the records office before it was handed over/,
    ],
    [
      "a linking file's document numbered as if in a sběrný arch",
      ({ answered }) => {
        answered.sequence = 1;
      },
      /Duplicate number OUHL 1\/2026/,
    ],
  ];

  it.each(cases)('%s', async (_name, spoil, message) => {
    const parts = lifecycleSeed();
    spoil(parts);
    const before = await snapshot(db);
    const error = await refusal(importSeed(db, parts.seed, importedAt));
    expect(error.code).toBe('errors.seedInvalid');
    expect(error.message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a case file without a title, saying where', async () => {
    const { seed } = lifecycleSeed();
    seed.caseFiles[1]!.title = ' ';
    const error = await refusal(importSeed(db, seed, importedAt));
    expect(error).toMatchObject({
      code: 'errors.seedInvalid',
      issues: [
        expect.objectContaining({
          path: 'caseFiles.1.title',
          message: 'validation.caseFileTitle.required',
        }),
      ],
    });
    expect(await db.documents.count()).toBe(0);
  });
});

describe('importSeed — the demo municipality', () => {
  it('lands its life cycle: the log verifies, and this year’s disposal proposal has A and S', async () => {
    const today = new Date('2026-05-14T08:12:00Z');
    const seed = generateDemoSeed({ planXml: demoPlanXml, today, documents: 600 });
    expect(await importSeed(db, seed, today)).toEqual({
      documents: 600,
      caseFiles: seed.caseFiles.length,
    });
    const log = await db.txlog.toArray();
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: log.length });
    const events = new Set(log.map((entry) => `${entry.entityType}:${entry.event}`));
    for (const event of [
      'document:Zalozeni',
      'caseFile:Zalozeni',
      'document:VlozeniDoSpisu',
      'document:Vyrizeni',
      'caseFile:Uzavreni',
      'document:Uzavreni',
      'caseFile:PredaniNaSpisovnu',
      'caseFile:PrevzetiNaSpisovnu',
      'document:PrevzetiNaSpisovnu',
    ])
      expect(events.has(event), event).toBe(true);
    // Sběrný arch followers take their initiator's number with the order.
    const numbers = (await db.documents.toArray()).map((doc) => doc.referenceNumber);
    expect(numbers.some((number) => /^OUHL \d+\/\d{4}-\d$/.test(number))).toBe(true);
    expect(new Set(numbers).size).toBe(600);

    const due = await dueForDisposal(db, 2026);
    expect(due.some((item) => item.retentionMark === 'A')).toBe(true);
    expect(due.some((item) => item.retentionMark === 'S')).toBe(true);
    const proposal = await createDisposalProposal(db, 2026, today);
    expect(proposal.items.map((item) => item.id)).toEqual(due.map((item) => item.id));
  }, 60_000);
});
