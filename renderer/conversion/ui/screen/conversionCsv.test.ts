import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../../db/schema';
import { eachTestDatabase } from '../../../db/testing/databaseLifecycle';
import { testUser } from '../../../db/testing/fixtures';
import { verifyTxLog } from '../../../db/txlog/verify';
import { journalTestT } from '../../../journal/testI18n';
import { validExamination } from '../../testing/conversionFixtures';
import { conversionCsvBytes, csvFileName, csvHeader, csvRow, exportPeriod } from './conversionCsv';
import {
  logConversionExport,
  prepareConversionExport,
  REGISTER_EXPORT_TARGET,
} from './conversionExport';
import { emptyConversionFilter } from './conversionFilter';
import { sampleConversion, sampleRow } from './testing/sampleConversion';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('the register as CSV', () => {
  it('is UTF-8 with a BOM, `;` between cells and CRLF, one line per conversion', () => {
    const text = decode(conversionCsvBytes(t, [sampleRow(), sampleRow({ id: 'c-2' })]));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]?.split(';')).toEqual(csvHeader(t));
    expect(lines[0]).toContain('Číslo konverze;Číslo přiděleno;Datum a čas konverze;Směr konverze');
  });

  it('writes every register field of a p → e conversion done on the office’s initiative', () => {
    const header = csvHeader(t);
    const row = csvRow(t, sampleRow({ colourReason: 'barevná mapa' }));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(row).toHaveLength(header.length);
    expect(cell('Číslo konverze')).toBe('000012-2026-abc1234');
    expect(cell('Datum a čas konverze')).toBe('3. 3. 2026 10:00:05');
    expect(cell('Směr konverze')).toBe('z listinné do elektronické podoby');
    expect(cell('Označení vstupu')).toBe('Dopis Jana Nováka ze dne 2. 3. 2026');
    expect(cell('Datum vstupu')).toBe('2. 3. 2026');
    expect(cell('Počet listů vstupu')).toBe(2);
    expect(cell('Nepřevedený prvek vstupu')).toBe('ne');
    expect(cell('Důvod barevné konverze')).toBe('barevná mapa');
    expect(cell('Konverzi provedl(a)')).toBe('Marie Dvořáková');
    expect(cell('Subjekt')).toBe('Obec Horní Lhota');
    expect(cell('Z moci úřední')).toBe('ano');
    expect(cell('Poplatek (Kč)')).toBe('');
    expect(cell('Důvod osvobození')).toBe(
      'konverze z moci úřední — osvobozeno od správního poplatku',
    );
    expect(cell('Stav')).toBe('Dokončeno');
    expect(cell('Č. j. dokumentu')).toBe('OUHL 12/2026');
    expect(cell('PID dokumentu')).toBe('OUHL000001');
  });

  it('writes the fee, the examination and the printout of an e → p conversion', () => {
    const header = csvHeader(t);
    const row = csvRow(
      t,
      sampleRow({
        direction: 'electronicToPaper',
        official: false,
        fee: { feeCzk: 30, exemption: null },
        lostElement: null,
        examination: { ...validExamination, valid: false },
        input: { ...sampleConversion().input, messageId: '1234567' },
        outputSheets: 4,
        printedAt: '2026-03-04T08:00:00.000Z',
      }),
    );
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Poplatek (Kč)')).toBe(30);
    expect(cell('Z moci úřední')).toBe('ne');
    expect(cell('ID datové zprávy')).toBe('1234567');
    expect(cell('Počet listů výstupu')).toBe(4);
    expect(cell('Nepřevedený prvek vstupu')).toBe('');
    expect(cell('Ověření vstupu')).toBe(
      'Podepsáno elektronickým podpisem, NEPLATNÝ — ověření selhalo, Ing. Petr Malý, 0A1B2C',
    );
    expect(cell('Vytištěno')).toBe('4. 3. 2026 09:00:00');
  });

  it('keeps a formula in an input’s identification as text and quotes a separator', () => {
    const text = decode(
      conversionCsvBytes(t, [
        sampleRow({ input: { ...sampleConversion().input, description: '=HYPERLINK("x");a' } }),
      ]),
    );
    expect(text).toContain(`"'=HYPERLINK(""x"");a"`);
  });

  it('is named by the office days of the oldest and newest conversion exported', () => {
    const period = exportPeriod([
      sampleRow({ convertedAt: '2026-03-31T21:30:00.000Z' }),
      sampleRow({ convertedAt: '2026-01-05T08:00:00.000Z' }),
      sampleRow({ convertedAt: '2026-02-10T08:00:00.000Z' }),
    ]);
    // 31 March 23:30 in Prague is 1 April there (summer time).
    expect(period).toEqual({ from: '2026-01-05', to: '2026-03-31' });
    expect(period && csvFileName(period)).toBe('evidence-konverzi-2026-01-05-2026-03-31.csv');
    expect(exportPeriod([])).toBeNull();
  });
});

describe('export of the register', () => {
  let db: UradovnaDatabase;
  eachTestDatabase((opened) => {
    db = opened;
  });

  it('prepares nothing when no conversion is shown', () => {
    expect(prepareConversionExport(t, [], emptyConversionFilter)).toBeNull();
  });

  it('records an Export of the register in the transaction log, with the period and filter', async () => {
    const prepared = prepareConversionExport(
      t,
      [
        sampleRow({ convertedAt: '2026-03-03T09:00:00.000Z' }),
        sampleRow({ id: 'c-2', convertedAt: '2026-01-05T09:00:00.000Z' }),
      ],
      { ...emptyConversionFilter, year: 2026 },
    );
    expect(prepared?.fileName).toBe('evidence-konverzi-2026-01-05-2026-03-03.csv');
    await logConversionExport(db, prepared!.detail, new Date('2026-03-05T10:00:00.000Z'));
    const entries = await db.txlog.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      event: 'Export',
      entityType: REGISTER_EXPORT_TARGET.entityType,
      entityId: REGISTER_EXPORT_TARGET.entityId,
      actor: testUser,
      detail: {
        format: 'csv',
        content: 'evidence konverzí',
        rows: 2,
        period: '5. 1. 2026 – 3. 3. 2026',
        filter: 'rok 2026',
      },
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });
});
