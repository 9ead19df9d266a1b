import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../schema';
import { configureOffice, openTestDatabase, testUser } from '../testing/fixtures';
import { verifyTxLog } from '../txlog/verify';
import { logExport } from './logExport';

let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});

afterEach(async () => {
  await db.delete();
});

describe('logExport', () => {
  it('appends an Export entry for the journal to the chain', async () => {
    const at = new Date('2026-03-02T10:00:00Z');
    await logExport(db, { format: 'csv', from: '2026-01-01', to: '2026-03-01', rows: 120 }, at);
    await logExport(db, { format: 'pdf', from: null, to: null, rows: 3 }, at);
    const log = await db.txlog.orderBy('seq').toArray();
    expect(log).toEqual([
      expect.objectContaining({
        event: 'Export',
        entityType: 'journal',
        entityId: 'journal',
        actor: testUser,
        at: at.toISOString(),
        detail: { format: 'csv', from: '2026-01-01', to: '2026-03-01', rows: 120 },
      }),
      expect.objectContaining({
        event: 'Export',
        detail: { format: 'pdf', from: null, to: null, rows: 3 },
      }),
    ]);
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 2 });
  });
});
