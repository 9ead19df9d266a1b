import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../../../journal/testI18n';
import {
  conversionFilterOptions,
  emptyConversionFilter,
  filterConversions,
  filterSummary,
  isNarrowed,
  matchesSearch,
  type ConversionFilter,
} from './conversionFilter';
import { sampleConversion, sampleRow } from './testing/sampleConversion';

const input = sampleConversion().input;
const rows = [
  sampleRow(
    {
      id: 'rizeni',
      number: 'KV 12/2026',
      input: { ...input, description: 'Žádost o stavební řízení' },
      state: 'done',
      person: 'Marie Dvořáková',
      convertedAt: '2026-03-03T09:00:00.000Z',
    },
    'OUHL 45/2026',
  ),
  sampleRow(
    {
      id: 'ep',
      number: 'KV 125/2026',
      direction: 'electronicToPaper',
      input: { ...input, description: 'Rozhodnutí KÚ', messageId: '1234567' },
      state: 'readyToPrint',
      person: 'Petr Starosta',
      convertedAt: '2026-02-01T09:00:00.000Z',
    },
    'OUHL 7/2026',
  ),
  sampleRow(
    {
      id: 'lastYear',
      number: null,
      state: 'waitingForNumber',
      input: { ...input, description: 'Kupní smlouva' },
      person: 'Marie Dvořáková',
      // 31 December 23:30 in Prague is already 1 January in UTC: the office's year counts.
      convertedAt: '2025-12-31T22:30:00.000Z',
    },
    'OUHL 900/2025',
  ),
];
const ids = (filter: Partial<ConversionFilter>) =>
  filterConversions(rows, { ...emptyConversionFilter, ...filter }).map((row) => row.conversion.id);

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

describe('filterConversions', () => {
  it('shows everything without a filter, in the order given', () => {
    expect(ids({})).toEqual(['rizeni', 'ep', 'lastYear']);
  });

  it('narrows by the year in office time, the direction, the state and the person', () => {
    expect(ids({ year: 2026 })).toEqual(['rizeni', 'ep']);
    expect(ids({ year: 2025 })).toEqual(['lastYear']);
    expect(ids({ direction: 'electronicToPaper' })).toEqual(['ep']);
    expect(ids({ state: 'waitingForNumber' })).toEqual(['lastYear']);
    expect(ids({ person: 'Marie Dvořáková' })).toEqual(['rizeni', 'lastYear']);
    expect(ids({ person: 'Marie Dvořáková', year: 2026 })).toEqual(['rizeni']);
  });

  it('searches the input ignoring case and diacritics', () => {
    expect(ids({ search: 'RIZENI' })).toEqual(['rizeni']);
    expect(ids({ search: 'stavebni riz' })).toEqual(['rizeni']);
    expect(ids({ search: 'smlouva kupní' })).toEqual(['lastYear']);
    expect(ids({ search: 'žádost rozhodnutí' })).toEqual([]);
  });

  it('finds the register number as whole short words, not as their beginnings', () => {
    expect(ids({ search: 'KV 12/2026' })).toEqual(['rizeni']);
    expect(ids({ search: '125' })).toEqual(['ep']);
    expect(ids({ search: 'kv' })).toEqual(['rizeni', 'ep']);
  });

  it('finds the document’s reference number and the data message', () => {
    expect(ids({ search: 'OUHL 7/2026' })).toEqual(['ep']);
    expect(ids({ search: '900' })).toEqual(['lastYear']);
    expect(ids({ search: '1234567' })).toEqual(['ep']);
  });

  it('treats a search of only punctuation as no search', () => {
    expect(matchesSearch(rows[0]!, ' / - ')).toBe(true);
  });
});

describe('conversionFilterOptions', () => {
  it('offers the years newest first and the persons in Czech order', () => {
    expect(conversionFilterOptions(rows)).toEqual({
      years: [2026, 2025],
      persons: ['Marie Dvořáková', 'Petr Starosta'],
    });
  });
});

describe('filterSummary', () => {
  it('is empty without a filter and names every active filter in Czech', () => {
    expect(isNarrowed(emptyConversionFilter)).toBe(false);
    expect(filterSummary(t, emptyConversionFilter)).toBe('');
    const filter: ConversionFilter = {
      year: 2026,
      direction: 'paperToElectronic',
      state: 'done',
      person: 'Marie Dvořáková',
      search: ' řízení ',
    };
    expect(isNarrowed(filter)).toBe(true);
    expect(filterSummary(t, filter)).toBe(
      'rok 2026; směr: listinná → elektronická; stav: Dokončeno; provedl(a): Marie Dvořáková; hledání „řízení“',
    );
  });
});
