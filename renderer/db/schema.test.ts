import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TRIGGER_EVENT } from '../../common/domain/filePlan';
import { LEGACY_PLAN_ID, UradovnaDatabase, schemaVersions } from './schema';

/** A document row exactly as version 1 stored it. Never update this to a newer shape. */
const v1Document = {
  pid: 'OUHL7QK4MZ2X',
  direction: 'incoming',
  year: 2026,
  sequence: 12,
  journalOrder: 2026_000_012,
  referenceNumber: 'OUHL 12/2026',
  registeredAt: '2026-03-02T10:00:00.000Z',
  documentDate: '2026-03-02T08:15:00.000Z',
  channel: 'post',
  sender: { kind: 'person', name: 'Jan Novák', address: { city: 'Horní Lhota' } },
  addressees: [],
  counterparty: 'Jan Novák',
  counterpartySort: 'jan novak',
  subject: 'Žádost o stavební povolení',
  subjectSort: 'zadost o stavebni povoleni',
  senderReference: { number: 'ZN-15/2026', date: '2026-02-27' },
  sheets: 2,
  attachments: { count: 1, kind: 'paper', description: 'situační výkres' },
  fileMark: '1.1',
  retention: { mark: 'A', period: 10 },
  handler: 'Marie Dvořáková',
  author: null,
  note: null,
  state: 'registered',
  componentCount: 0,
  words: [
    'ouhl',
    '12',
    '2026',
    'ouhl7qk4mz2x',
    'zadost',
    'o',
    'stavebni',
    'povoleni',
    'jan',
    'novak',
    'zn',
    '15',
  ],
  createdBy: 'Marie Dvořáková',
  revision: 1,
};

const versionKeys = () =>
  Object.keys(schemaVersions)
    .map(Number)
    .sort((a, b) => a - b);

const names: string[] = [];
function databaseName(): string {
  const name = `t-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema history', () => {
  it('opens a database written by version 1 with the newest code and reads its rows', async () => {
    const name = databaseName();
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaVersions[1]);
    await v1.open();
    await v1.table('documents').add(v1Document);
    await v1.table('sequences').put({ year: 2026, last: 12 });
    await v1.table('settings').put({ key: 'currentUser', value: 'Marie Dvořáková' });
    await v1.table('outbox').add({
      id: 'a1b2',
      kind: 'document.register',
      entityId: v1Document.pid,
      payload: {},
      createdAt: '2026-03-02T10:00:00.000Z',
      attempts: 0,
      lastError: null,
    });
    v1.close();

    const db = new UradovnaDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(Math.max(...versionKeys()));
      expect(await db.documents.get(v1Document.pid)).toMatchObject({
        pid: v1Document.pid,
        referenceNumber: 'OUHL 12/2026',
        subject: 'Žádost o stavební povolení',
      });
      // The indexes the journal reads answer for the old row too.
      expect(await db.documents.where('words').startsWith('staveb').primaryKeys()).toEqual([
        v1Document.pid,
      ]);
      expect(await db.documents.where('journalOrder').equals(2026_000_012).count()).toBe(1);
      expect(await db.sequences.get(2026)).toEqual({ year: 2026, last: 12 });
      expect(await db.settings.get('currentUser')).toEqual({
        key: 'currentUser',
        value: 'Marie Dvořáková',
      });
      expect(await db.outbox.where('id').equals('a1b2').count()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('upgrades version 1 rows to version 2: the plan becomes its first version, documents gain the life cycle', async () => {
    const name = databaseName();
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaVersions[1]);
    await v1.open();
    await v1.table('documents').add(v1Document);
    await v1.table('filePlan').bulkAdd([
      { fileMark: '1', title: 'Správa obce', parentMark: null, retention: null },
      { fileMark: '1.1', title: 'Stavby', parentMark: '1', retention: { mark: 'A', period: 10 } },
    ]);
    v1.close();

    const db = new UradovnaDatabase(name);
    try {
      await db.open();
      const groups = await db.planGroups.where('fileMark').equals('1.1').toArray();
      expect(groups).toEqual([
        expect.objectContaining({
          planId: LEGACY_PLAN_ID,
          simpleMark: '1',
          retention: { mark: 'A', period: 10, triggerEvent: DEFAULT_TRIGGER_EVENT },
          caseFileMode: 'linking',
          validTo: null,
        }),
      ]);
      expect(await db.filePlanVersions.count()).toBe(1);
      expect(await db.documents.get(v1Document.pid)).toMatchObject({
        caseFileId: null,
        settlement: null,
        settles: [],
        disposalYear: null,
        retention: { mark: 'A', period: 10, triggerEvent: DEFAULT_TRIGGER_EVENT },
      });
      expect(await db.documents.where('caseFileId').equals('x').count()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('declares every version of the history, and no other', () => {
    const version = vi.spyOn(Dexie.prototype, 'version');
    const db = new UradovnaDatabase(databaseName());
    const declared = version.mock.calls.map(([number]) => Number(number)).sort((a, b) => a - b);
    expect(declared).toEqual(versionKeys());
    db.close();
  });

  it('has the newest version stores as its tables', () => {
    const db = new UradovnaDatabase(databaseName());
    const newest = schemaVersions[Math.max(...versionKeys()) as keyof typeof schemaVersions];
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      Object.entries(newest)
        .filter(([, spec]) => spec !== null)
        .map(([name]) => name)
        .sort(),
    );
    for (const [table, spec] of Object.entries(newest)) {
      if (spec === null) continue;
      const [primaryKey, ...indexes] = spec.split(',').map((part) => part.trim());
      const schema = db.table(table).schema;
      expect(schema.primKey.src, table).toBe(primaryKey);
      expect(schema.indexes.map((index) => index.src).sort(), table).toEqual([...indexes].sort());
    }
    db.close();
  });
});
