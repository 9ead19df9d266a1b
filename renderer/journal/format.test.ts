import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attachmentsText,
  csvFileName,
  filterSummary,
  formatCalendarDate,
  partyLines,
  periodFileStem,
  periodLabel,
  senderReferenceText,
  sheetsText,
} from './format';
import { partySchema } from '../../common/domain/party';
import { journalTestT } from './testI18n';

let t: TFunction;
let en: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
  en = await journalTestT('en');
});

describe('counts in Czech and English', () => {
  it('uses the Czech plural forms 1 / 2–4 / 5+ and groups thousands', () => {
    expect(t('journal.count.found', { count: 0 })).toBe('Nenalezen žádný dokument');
    expect(t('journal.count.found', { count: 1 })).toBe('Nalezen 1 dokument');
    expect(t('journal.count.found', { count: 2 })).toBe('Nalezeny 2 dokumenty');
    expect(t('journal.count.found', { count: 4 })).toBe('Nalezeny 4 dokumenty');
    expect(t('journal.count.found', { count: 5 })).toBe('Nalezeno 5 dokumentů');
    expect(t('journal.count.found', { count: 1234 })).toBe('Nalezeno 1\u00a0234 dokumentů');
    expect(t('journal.count.total', { count: 100_000 })).toBe('Celkem 100\u00a0000 dokumentů');
    expect(t('journal.count.total', { count: 3 })).toBe('Celkem 3 dokumenty');
  });

  it('says the same in English with its two forms', () => {
    expect(en('journal.count.found', { count: 1 })).toBe('Found 1 document');
    expect(en('journal.count.found', { count: 3 })).toBe('Found 3 documents');
    expect(en('journal.count.total', { count: 1234 })).toBe('1,234 documents in total');
  });
});

describe('periods', () => {
  it('writes calendar dates the Czech way', () => {
    expect(formatCalendarDate('2026-03-01')).toBe('1. 3. 2026');
  });

  it('names the period a filter covers', () => {
    expect(periodLabel(t, {})).toBe('celý deník');
    expect(periodLabel(t, { year: 2026 })).toBe('rok 2026');
    expect(periodLabel(t, { from: '2026-01-01', to: '2026-03-31' })).toBe(
      '1. 1. 2026 – 31. 3. 2026',
    );
    expect(periodLabel(t, { from: '2026-01-01' })).toBe('od 1. 1. 2026');
    expect(periodLabel(t, { to: '2026-03-31' })).toBe('do 31. 3. 2026');
    expect(periodLabel(t, { year: 2026, from: '2026-02-01', to: '2026-02-28' })).toBe(
      'rok 2026, 1. 2. 2026 – 28. 2. 2026',
    );
    expect(periodLabel(en, { year: 2026 })).toBe('year 2026');
  });

  it('names export files after the period, safely', () => {
    expect(periodFileStem({})).toBe('vse');
    expect(periodFileStem({ year: 2026 })).toBe('2026');
    expect(periodFileStem({ from: '2026-01-01', to: '2026-03-31' })).toBe('2026-01-01_2026-03-31');
    expect(periodFileStem({ from: '2026-01-01' })).toBe('od-2026-01-01');
    expect(periodFileStem({ to: '2026-03-31' })).toBe('do-2026-03-31');
    expect(periodFileStem({ year: 2025, to: '2025-06-30' })).toBe('2025_do-2025-06-30');
    expect(csvFileName({ year: 2026 })).toBe('podaci-denik-2026.csv');
  });
});

describe('filterSummary', () => {
  it('is empty without filters and ignores an empty search', () => {
    expect(filterSummary(t, {})).toBe('');
    expect(filterSummary(t, { search: '   ' })).toBe('');
  });

  it('lists every active filter in words', () => {
    expect(
      filterSummary(t, {
        year: 2026,
        direction: 'incoming',
        channel: 'databox',
        state: 'cancelled',
        handler: 'Petr Novák',
        search: ' řízení ',
      }),
    ).toBe(
      'rok 2026; směr: Doručený; doručení: Datová schránka; stav: Stornován; zpracovatel: Petr Novák; hledání „řízení“',
    );
    expect(filterSummary(en, { direction: 'own' })).toBe('direction: Own');
  });
});

describe('cell texts', () => {
  it("writes the sender's reference as number, date or both", () => {
    expect(senderReferenceText(t, { senderReference: null })).toBe('');
    expect(
      senderReferenceText(t, { senderReference: { number: 'KUJCK 123/2026', date: null } }),
    ).toBe('KUJCK 123/2026');
    expect(senderReferenceText(t, { senderReference: { number: null, date: '2026-02-03' } })).toBe(
      'ze dne 3. 2. 2026',
    );
    expect(senderReferenceText(t, { senderReference: { number: 'A/1', date: '2026-02-03' } })).toBe(
      'A/1 ze dne 3. 2. 2026',
    );
  });

  it('writes sheets and attachments', () => {
    expect(
      sheetsText({ sheets: 3, attachments: { count: 1, kind: 'paper', description: null } }),
    ).toBe('3 / 1');
    expect(
      attachmentsText(t, { attachments: { count: 0, kind: 'paper', description: null } }),
    ).toBe('bez příloh');
    expect(
      attachmentsText(t, { attachments: { count: 1, kind: 'nonpaper', description: 'CD' } }),
    ).toBe('1 příloha (nelistinné): CD');
    expect(
      attachmentsText(t, { attachments: { count: 3, kind: 'paper', description: null } }),
    ).toBe('3 přílohy (listinné)');
    expect(
      attachmentsText(t, { attachments: { count: 5, kind: 'paper', description: null } }),
    ).toBe('5 příloh (listinné)');
  });

  it("lays out a party's card: name, address, IČO and data box", () => {
    expect(
      partyLines(
        t,
        partySchema.parse({
          kind: 'organization',
          name: 'Stavby Kubík s.r.o.',
          ico: '25596641',
          dataBoxId: 'qx7ab2c',
          address: { street: 'Nádražní 12', city: 'Tábor', postalCode: '390 01' },
        }),
      ),
    ).toEqual(['Stavby Kubík s.r.o.', 'Nádražní 12, 390 01 Tábor', 'IČO 25596641 · DS qx7ab2c']);
    expect(partyLines(t, partySchema.parse({ kind: 'person', name: 'Jan Novák' }))).toEqual([
      'Jan Novák',
    ]);
  });
});
