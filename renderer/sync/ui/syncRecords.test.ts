import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incomingInput } from '../../../common/domain/testing/sampleDocuments';
import { createCaseFile } from '../../db/commands/caseFiles/createCaseFile';
import { registerDocument } from '../../db/commands/registerDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase, testUser } from '../../db/testing/fixtures';
import { appendSyncLog } from '../syncLog';
import { entryTarget } from './entryTarget';
import { countPending, readSyncCounts } from './syncCounts';
import { readSyncLogPage } from './useSyncLogPage';

const now = new Date('2026-03-02T10:00:00Z');
let db: UradovnaDatabase;
let pid: string;
let reference: string;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  ({ pid, referenceNumber: reference } = await registerDocument(db, incomingInput(), [], { now }));
});

afterEach(async () => {
  await db.delete();
});

describe('entryTarget', () => {
  it('finds the document of a document, file or case-file membership entry', async () => {
    const expected = { type: 'document', pid, reference };
    expect(
      await entryTarget(db, { kind: 'document.update', entityId: pid, payload: { pid } }),
    ).toEqual(expected);
    expect(
      await entryTarget(db, { kind: 'component.add', entityId: 'component-1', payload: { pid } }),
    ).toEqual(expected);
    expect(
      await entryTarget(db, {
        kind: 'caseFile.insert',
        entityId: pid,
        payload: { pid, caseFileId: 'cf-1', order: 1 },
      }),
    ).toEqual(expected);
  });

  it('finds the case file of its own entries', async () => {
    const created = await createCaseFile(
      db,
      { title: 'Stavba', fileMark: '1.2', handler: testUser },
      now,
    );
    expect(
      await entryTarget(db, {
        kind: 'caseFile.close',
        entityId: created.id,
        payload: { id: created.id },
      }),
    ).toEqual({ type: 'caseFile', id: created.id, reference: created.reference });
  });

  it('names a record that is no longer here by its id', async () => {
    expect(
      await entryTarget(db, { kind: 'document.update', entityId: 'gone', payload: {} }),
    ).toEqual({
      type: 'other',
      id: 'gone',
    });
  });
});

describe('readSyncCounts', () => {
  it('counts pending (entries older than sync included), refused, held and open conflicts', async () => {
    const entries = await db.outbox.toArray();
    const base = {
      entityId: pid,
      payload: { pid },
      createdAt: now.toISOString(),
      attempts: 0,
      lastError: null,
    };
    await db.outbox.bulkAdd([
      { ...base, id: 'f1', kind: 'document.update', state: 'failed' },
      { ...base, id: 'f2', kind: 'document.settle', state: 'failed' },
      { ...base, id: 'h1', kind: 'document.update', state: 'held' },
      { ...base, id: 'p1', kind: 'document.update', state: 'pending' },
    ]);
    await db.conflicts.bulkAdd([
      {
        id: 'c1',
        entityType: 'document',
        entityId: pid,
        label: reference,
        fields: [],
        heldEntryIds: ['h1'],
        detectedAt: now.toISOString(),
        state: 'open',
        resolution: null,
        resolvedAt: null,
      },
      {
        id: 'c2',
        entityType: 'document',
        entityId: pid,
        label: reference,
        fields: [],
        heldEntryIds: [],
        detectedAt: now.toISOString(),
        state: 'resolved',
        resolution: 'mine',
        resolvedAt: now.toISOString(),
      },
    ]);
    // The registration queued its own entry without a state.
    expect(entries.every((entry) => entry.state === undefined)).toBe(true);
    expect(await readSyncCounts(db)).toEqual({
      pending: entries.length + 1,
      failed: 2,
      held: 1,
      conflicts: 1,
    });
    expect(await countPending(db)).toBe(entries.length + 1);
  });
});

describe('readSyncLogPage', () => {
  it('reads the newest lines first, a page at a time, with their records', async () => {
    for (let index = 0; index < 5; index++)
      await appendSyncLog(
        db,
        [
          {
            kind: 'push',
            level: 'info',
            key: 'sync.log.documentCreated',
            params: { n: index },
            entityId: index === 4 ? pid : null,
          },
        ],
        new Date(now.getTime() + index * 1000),
      );
    const first = await readSyncLogPage(db, 0, 2);
    expect(first.total).toBe(5);
    expect(first.entries.map((entry) => entry.params.n)).toEqual([4, 3]);
    expect(first.labels.get(pid)).toBe(reference);
    const last = await readSyncLogPage(db, 2, 2);
    expect(last.entries.map((entry) => entry.params.n)).toEqual([0]);
  });
});
