import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incomingInput, ownInput } from '../../../../common/domain/testing/sampleDocuments';
import type { UradovnaDatabase } from '../../schema';
import { putSetting } from '../../settings';
import { refusal } from '../../testing/commandTest';
import { searchDocuments } from '../../journal/search';
import {
  configureOffice,
  openTestDatabase,
  snapshot,
  testOrganization,
  testUser,
} from '../../testing/fixtures';
import { verifyTxLog } from '../../txlog/verify';
import { registerDocument } from '../registerDocument';
import { createCaseFile } from './createCaseFile';
import { closeCaseFile } from './closeCaseFile';
import { insertIntoCaseFile, moveToCaseFile, removeFromCaseFile } from './insertIntoCaseFile';
import { settleDocument } from './settleDocument';

const now = new Date('2026-03-05T09:00:00Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

const register = async (mark = '1.2', input = incomingInput({ fileMark: mark })) =>
  (await registerDocument(db, input, [], { now })).pid;

describe('createCaseFile', () => {
  it('opens a linking file from its initiator, with the mask reference and the group rule', async () => {
    const pid = await register('1.2');
    const { id, reference } = await createCaseFile(
      db,
      { title: 'Poplatek ze psů', fileMark: '1.2', handler: testUser, initiatorPid: pid },
      now,
    );
    expect(reference).toBe('SZ OUHL 1/2026');
    const file = await db.caseFiles.get(id);
    expect(file).toMatchObject({
      mode: 'linking',
      state: 'inProgress',
      initiatorPid: pid,
      documentCount: 1,
      nextOrder: 2,
      retention: { mark: 'S', period: 5 },
    });
    expect(await db.documents.get(pid)).toMatchObject({
      caseFileId: id,
      caseFileOrder: 1,
      state: 'inProgress',
    });
    const log = await db.txlog.orderBy('seq').toArray();
    expect(log.slice(-2).map((entry) => [entry.event, entry.entityType, entry.entityId])).toEqual([
      ['Zalozeni', 'caseFile', id],
      ['VlozeniDoSpisu', 'document', pid],
    ]);
    expect((await db.outbox.toArray()).map((entry) => entry.kind)).toContain('caseFile.create');
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('takes the initiator number as the reference of a collection sheet', async () => {
    const pid = await register('1.1');
    const { reference } = await createCaseFile(
      db,
      { title: 'Stavba garáže', fileMark: '1.1', handler: testUser, initiatorPid: pid },
      now,
    );
    expect(reference).toBe('OUHL 1/2026');
  });

  it('follows the configured mask and counts case files per year', async () => {
    await putSetting(db, 'caseFileMask', '{mark}/{seq:3}/{year}');
    await createCaseFile(db, { title: 'A', fileMark: '1.2', handler: testUser }, now);
    const second = await createCaseFile(
      db,
      { title: 'B', fileMark: '1.2', handler: testUser },
      now,
    );
    expect(second.reference).toBe('1.2/002/2026');
  });

  it('refuses a group without a retention rule and an unknown mark, writing nothing', async () => {
    const before = await snapshot(db);
    const heading = await refusal(
      createCaseFile(db, { title: 'X', fileMark: '1', handler: testUser }, now),
    );
    expect(heading.issues).toEqual([
      { path: 'fileMark', message: 'validation.fileMark.notClassifiable', params: { mark: '1' } },
    ]);
    const unknown = await refusal(
      createCaseFile(db, { title: 'X', fileMark: '9.9', handler: testUser }, now),
    );
    expect(unknown.issues[0]?.message).toBe('validation.fileMark.unknown');
    const untitled = await refusal(
      createCaseFile(db, { title: ' ', fileMark: '1.2', handler: testUser }, now),
    );
    expect(untitled.issues[0]?.message).toBe('validation.caseFileTitle.required');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('collection sheet registration', () => {
  it('numbers later documents with the initiator number and their order, without using a sequence', async () => {
    const first = await register('1.1');
    const { id } = await createCaseFile(
      db,
      { title: 'Stavba', fileMark: '1.1', handler: testUser, initiatorPid: first },
      now,
    );
    const second = await registerDocument(db, ownInput({ fileMark: '1.2' }), [], {
      now,
      caseFileId: id,
    });
    const third = await registerDocument(db, incomingInput({ fileMark: '1.1' }), [], {
      now,
      caseFileId: id,
    });
    expect([second.referenceNumber, third.referenceNumber]).toEqual([
      'OUHL 1/2026-2',
      'OUHL 1/2026-3',
    ]);
    const row = await db.documents.get(second.pid);
    // It takes the file's classification, whatever the form said.
    expect(row).toMatchObject({
      fileMark: '1.1',
      caseFileId: id,
      caseFileOrder: 2,
      state: 'inProgress',
    });
    expect((await db.sequences.get(2026))?.last).toBe(1);
    // The next stand-alone document takes the next sequence.
    expect((await registerDocument(db, incomingInput(), [], { now })).referenceNumber).toBe(
      'OUHL 2/2026',
    );
    const order = (await db.documents.orderBy('journalOrder').toArray()).map(
      (doc) => doc.referenceNumber,
    );
    expect(order).toEqual(['OUHL 1/2026', 'OUHL 1/2026-2', 'OUHL 1/2026-3', 'OUHL 2/2026']);
  });

  it('is found in the journal by its suffixed number', async () => {
    const first = await register('1.1');
    const { id } = await createCaseFile(
      db,
      { title: 'Stavba', fileMark: '1.1', handler: testUser, initiatorPid: first },
      now,
    );
    const second = await registerDocument(db, incomingInput(), [], { now, caseFileId: id });
    const third = await registerDocument(db, incomingInput(), [], { now, caseFileId: id });
    const find = async (text: string) => [
      ...((await searchDocuments(db, text, testOrganization)) ?? []),
    ];
    expect(await find('OUHL 1/2026-2')).toEqual([second.pid]);
    expect(await find('ouhl 1/2026 - 3')).toEqual([third.pid]);
    expect(await find('OUHL 1/2026')).toEqual([first]);
  });

  it('gives linked documents their own numbers', async () => {
    const { id } = await createCaseFile(
      db,
      { title: 'Poplatky', fileMark: '1.2', handler: testUser },
      now,
    );
    const a = await registerDocument(db, incomingInput({ fileMark: '1.2' }), [], {
      now,
      caseFileId: id,
    });
    const b = await registerDocument(db, incomingInput({ fileMark: '1.2' }), [], {
      now,
      caseFileId: id,
    });
    expect([a.referenceNumber, b.referenceNumber]).toEqual(['OUHL 1/2026', 'OUHL 2/2026']);
    expect((await db.caseFiles.get(id))?.initiatorPid).toBe(a.pid);
  });
});

describe('insert, take out, move', () => {
  it('inserts, takes out with the reason and never reuses an order', async () => {
    const a = await register();
    const b = await register();
    const { id } = await createCaseFile(
      db,
      { title: 'T', fileMark: '1.2', handler: testUser, initiatorPid: a },
      now,
    );
    expect(await insertIntoCaseFile(db, { pid: b, caseFileId: id }, now)).toEqual({ order: 2 });
    await removeFromCaseFile(db, { pid: b, reason: 'patří jinam' }, now);
    expect(await db.documents.get(b)).toMatchObject({ caseFileId: null, caseFileOrder: null });
    expect(await insertIntoCaseFile(db, { pid: b, caseFileId: id }, now)).toEqual({ order: 3 });
    const last = await db.txlog.orderBy('seq').reverse().limit(2).toArray();
    expect(last.map((entry) => entry.event)).toEqual(['VlozeniDoSpisu', 'VyjmutiZeSpisu']);
    expect(last[1]?.detail).toMatchObject({ reason: 'patří jinam', caseFileId: id });
  });

  it('requires a reason to take out and refuses to take out an initiator with followers', async () => {
    const a = await register();
    const b = await register();
    const { id } = await createCaseFile(
      db,
      { title: 'T', fileMark: '1.2', handler: testUser, initiatorPid: a },
      now,
    );
    await insertIntoCaseFile(db, { pid: b, caseFileId: id }, now);
    const before = await snapshot(db);
    expect(
      (await refusal(removeFromCaseFile(db, { pid: b, reason: ' ' }, now))).issues[0]?.message,
    ).toBe('validation.reason.required');
    expect((await refusal(removeFromCaseFile(db, { pid: a, reason: 'omyl' }, now))).code).toBe(
      'errors.caseFile.initiatorHasFollowers',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('moves between files in one step and refuses a document already in another file', async () => {
    const a = await register();
    const b = await register();
    const first = await createCaseFile(
      db,
      { title: 'T1', fileMark: '1.2', handler: testUser, initiatorPid: a },
      now,
    );
    const second = await createCaseFile(
      db,
      { title: 'T2', fileMark: '1.1', handler: testUser },
      now,
    );
    await insertIntoCaseFile(db, { pid: b, caseFileId: first.id }, now);
    expect(
      (await refusal(insertIntoCaseFile(db, { pid: b, caseFileId: second.id }, now))).code,
    ).toBe('errors.caseFile.documentInAnother');
    await moveToCaseFile(db, { pid: b, caseFileId: second.id, reason: 'jiná věc' }, now);
    expect(await db.documents.get(b)).toMatchObject({
      caseFileId: second.id,
      caseFileOrder: 1,
      fileMark: '1.1',
    });
    expect(await db.caseFiles.get(first.id)).toMatchObject({ documentCount: 1 });
    expect(await db.caseFiles.get(second.id)).toMatchObject({ documentCount: 1, initiatorPid: b });
  });

  it('refuses to insert into a closed case file, changing nothing', async () => {
    const a = await register();
    const b = await register();
    const { id } = await createCaseFile(
      db,
      { title: 'T', fileMark: '1.2', handler: testUser, initiatorPid: a },
      now,
    );
    await settleDocument(db, a, { date: '2026-03-05', method: 'noted' }, now);
    await closeCaseFile(db, id, {}, now);
    const before = await snapshot(db);
    const error = await refusal(insertIntoCaseFile(db, { pid: b, caseFileId: id }, now));
    expect(error.code).toBe('errors.caseFile.notOpen');
    expect(
      (await refusal(registerDocument(db, incomingInput(), [], { now, caseFileId: id }))).code,
    ).toBe('errors.caseFile.notOpen');
    expect(await snapshot(db)).toEqual(before);
  });
});
