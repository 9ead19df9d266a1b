import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../schema';
import { openTestDatabase } from '../testing/fixtures';
import { appendTxLog, type TxLogDraft } from './append';
import { GENESIS_HASH, hashEntry, type TxLogEntry } from './entry';
import { verifyEntries, verifyTxLog } from './verify';

const now = new Date('2026-03-02T10:00:00Z');
const draft = (n: number): TxLogDraft => ({
  event: n % 3 === 0 ? 'Uprava' : 'Zalozeni',
  entityType: 'document',
  entityId: `OUHL${n}`,
  actor: 'Marie',
  detail: { n, note: `záznam ${n}` },
});

let db: UradovnaDatabase;

async function append(count: number): Promise<TxLogEntry[]> {
  return db.transaction('rw', db.txlog, () =>
    appendTxLog(
      db,
      Array.from({ length: count }, (_, i) => draft(i + 1)),
      now,
    ),
  );
}

beforeEach(() => {
  db = openTestDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('appendTxLog', () => {
  it('numbers entries from 1 and chains each to the one before', async () => {
    const entries = await append(3);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
    expect(entries[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[0]?.at).toBe(now.toISOString());
  });

  it('continues the chain in a later transaction', async () => {
    const [first] = await append(1);
    const second = await db.transaction('rw', db.txlog, () => appendTxLog(db, [draft(9)], now));
    expect(second[0]).toMatchObject({ seq: 2, prevHash: first?.hash });
  });

  it('keeps nothing when the transaction fails', async () => {
    await append(2);
    await expect(
      db.transaction('rw', db.txlog, async () => {
        await appendTxLog(db, [draft(3)], now);
        throw new Error('the change it describes failed');
      }),
    ).rejects.toThrow('the change it describes failed');
    expect(await db.txlog.count()).toBe(2);
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 2 });
  });
});

describe('hashEntry', () => {
  it('does not depend on the order of keys', async () => {
    const [entry] = await append(1);
    const { hash, ...body } = entry!;
    const reordered = Object.fromEntries(Object.entries(body).reverse()) as typeof body;
    expect(hashEntry(reordered)).toBe(hash);
    expect(hashEntry({ ...body, detail: { note: 'záznam 1', n: 1 } })).toBe(hash);
    expect(hashEntry({ ...body, detail: { n: 1, note: 'záznam 2' } })).not.toBe(hash);
  });
});

describe('verifyTxLog', () => {
  it('passes an empty log and an intact one', async () => {
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 0 });
    await append(5);
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 5 });
  });

  it('detects an edited entry', async () => {
    await append(5);
    await db.txlog.update(3, { detail: { n: 3, note: 'přepsáno' } });
    expect(await verifyTxLog(db)).toEqual({ ok: false, entries: 3, brokenAt: 3, reason: 'hash' });
  });

  it('detects an edited actor or time, not only the detail', async () => {
    await append(3);
    await db.txlog.update(2, { at: '2020-01-01T00:00:00.000Z' });
    expect(await verifyTxLog(db)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
  });

  it('detects a deleted entry in the middle', async () => {
    await append(5);
    await db.txlog.delete(3);
    expect(await verifyTxLog(db)).toEqual({ ok: false, entries: 3, brokenAt: 4, reason: 'gap' });
  });

  it('detects a deleted first entry', async () => {
    await append(3);
    await db.txlog.delete(1);
    expect(await verifyTxLog(db)).toMatchObject({ ok: false, brokenAt: 2, reason: 'gap' });
  });

  it('detects an entry re-linked to another predecessor', async () => {
    const entries = await append(5);
    const { hash: _hash, ...body } = entries[3]!;
    const relinked = { ...body, prevHash: entries[1]!.hash };
    await db.txlog.put({ ...relinked, hash: hashEntry(relinked) });
    expect(await verifyTxLog(db)).toEqual({ ok: false, entries: 4, brokenAt: 4, reason: 'link' });
  });

  it('detects an entry rewritten with a fresh hash at the next entry', async () => {
    const entries = await append(5);
    const { hash: _hash, ...body } = entries[2]!;
    const forged = { ...body, actor: 'Někdo jiný' };
    await db.txlog.put({ ...forged, hash: hashEntry(forged) });
    expect(await verifyTxLog(db)).toEqual({ ok: false, entries: 4, brokenAt: 4, reason: 'link' });
  });

  it('reads the log in pages and still finds breaks past the first page', async () => {
    await append(7);
    expect(await verifyTxLog(db, 2)).toEqual({ ok: true, entries: 7 });
    expect(await verifyTxLog(db, 1)).toEqual({ ok: true, entries: 7 });
    await db.txlog.update(6, { entityId: 'OUHLjiny' });
    expect(await verifyTxLog(db, 2)).toEqual({
      ok: false,
      entries: 6,
      brokenAt: 6,
      reason: 'hash',
    });
    await db.txlog.delete(5);
    expect(await verifyTxLog(db, 2)).toEqual({ ok: false, entries: 5, brokenAt: 6, reason: 'gap' });
  });
});

describe('verifyEntries', () => {
  it('checks entries handed to it in order', async () => {
    const entries = await append(4);
    expect(verifyEntries(entries)).toEqual({ ok: true, entries: 4 });
    expect(verifyEntries([entries[0]!, entries[2]!, entries[1]!, entries[3]!])).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'gap',
    });
    expect(verifyEntries([])).toEqual({ ok: true, entries: 0 });
  });
});
