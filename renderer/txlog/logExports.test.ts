import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { txlogPdfInputSchema } from '../../common/contract/types';
import type { UradovnaDatabase } from '../db/schema';
import { configureOffice, openTestDatabase } from '../db/testing/fixtures';
import { appendTxLog, type TxLogDraft } from '../db/txlog/append';
import { journalTestT } from '../journal/testI18n';
import {
  dailyPdfInput,
  entityXmlFileName,
  periodText,
  periodXmlFileName,
  prepareDailyPdf,
} from './logExports';

let t: TFunction;
let db: UradovnaDatabase;

beforeAll(async () => {
  t = await journalTestT('cs');
});

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});

afterEach(async () => {
  await db.delete();
});

async function append(drafts: Array<Partial<TxLogDraft> & { at: string }>) {
  return db.transaction('rw', db.txlog, () =>
    appendTxLog(
      db,
      drafts.map((draft, index) => ({
        event: 'Zalozeni',
        entityType: 'document',
        entityId: `OUHL${index}`,
        actor: 'Marie Dvořáková',
        ...draft,
      })),
      new Date('2026-03-02T12:00:00Z'),
    ),
  );
}

describe('names and labels', () => {
  it('names the files by period and by object', () => {
    expect(periodXmlFileName('2026-03-01', '2026-03-31')).toBe(
      'transakcni-protokol-2026-03-01-2026-03-31.xml',
    );
    expect(entityXmlFileName('document', 'OUHLx1a2')).toBe(
      'transakcni-protokol-dokument-OUHLx1a2.xml',
    );
    expect(entityXmlFileName('caseFile', '../a b/ č')).toBe('transakcni-protokol-spis-a-b.xml');
    expect(entityXmlFileName('caseFile', '///')).toBe('transakcni-protokol-spis-objekt.xml');
  });

  it('writes the period the Czech way', () => {
    expect(periodText('2026-03-02', '2026-03-02')).toBe('2. 3. 2026');
    expect(periodText('2026-03-02', '2026-04-10')).toBe('2. 3. 2026 – 10. 4. 2026');
  });
});

describe('dailyPdfInput', () => {
  it('makes rows with Czech labels and the chain facts of the first and last entry', async () => {
    const entries = await append([
      { at: '2026-03-02T08:00:00.000Z', detail: { referenceNumber: 'OUHL 1/2026' } },
      { at: '2026-03-02T09:00:00.000Z', event: 'VlozeniDoSpisu', entityType: 'caseFile' },
      { at: '2026-03-02T10:00:00.000Z', event: 'Export', detail: { reason: 'x'.repeat(3000) } },
    ]);
    const input = dailyPdfInput(t, 'cs', {
      organizationName: 'Obec Horní Lhota',
      day: '2026-03-02',
      generatedAt: '2026-03-02T12:00:00.000Z',
      entries,
      labels: new Map([['document:OUHL0', 'OUHL 1/2026']]),
    });
    expect(txlogPdfInputSchema.safeParse(input).success).toBe(true);
    expect(input.columns).toEqual([
      'Č.',
      'Čas',
      'Událost',
      'Objekt',
      'Identifikátor',
      'Provedl',
      'Podrobnosti',
    ]);
    expect(input.rows[0]).toMatchObject({
      seq: 1,
      event: 'Založení',
      objectType: 'Dokument',
      identifier: 'OUHL 1/2026',
      actor: 'Marie Dvořáková',
      detail: 'č. j.: OUHL 1/2026',
    });
    expect(input.rows[1]).toMatchObject({
      event: 'Vložení do spisu',
      objectType: 'Spis',
      identifier: 'OUHL1',
    });
    expect(input.rows[2]?.detail).toHaveLength(1000);
    expect(input.chain).toEqual({
      firstSeq: 1,
      lastSeq: 3,
      prevHash: entries[0]!.prevHash,
      firstHash: entries[0]!.hash,
      lastHash: entries[2]!.hash,
    });
  });

  it('has no chain facts for an empty day', () => {
    const input = dailyPdfInput(t, 'cs', {
      organizationName: '',
      day: '2026-03-02',
      generatedAt: '2026-03-02T12:00:00.000Z',
      entries: [],
      labels: new Map(),
    });
    expect(input.chain).toBeNull();
    expect(txlogPdfInputSchema.safeParse(input).success).toBe(true);
  });
});

describe('prepareDailyPdf', () => {
  it("reads one office day's entries in log order with the organisation's name", async () => {
    await append([
      { at: '2026-03-01T22:59:59.000Z' },
      { at: '2026-03-02T10:00:00.000Z' },
      { at: '2026-03-01T23:00:00.000Z' },
      { at: '2026-03-02T23:00:00.000Z' },
    ]);
    const prepared = await prepareDailyPdf(db, t, 'cs', '2026-03-02', new Date());
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.count).toBe(2);
    expect(prepared.value.rows.map((row) => row.seq)).toEqual([2, 3]);
    expect(prepared.value.organizationName).toBe('Obec Horní Lhota');
    expect(txlogPdfInputSchema.safeParse(prepared.value).success).toBe(true);
  });
});
