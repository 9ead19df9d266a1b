import type { TFunction } from 'i18next';
import type { ConversionDirection } from '../../../../common/contract/conversion';
import type { ConversionState } from '../../../../common/domain/conversion';
import { tokenize } from '../../../../common/domain/search';
import { officeYear } from '../../../../common/domain/time';
import { searchTerms, type SearchTerm } from '../../../db/journal/search';
import type { ConversionRow } from './conversionRows';

/** What the clerk narrows the register by; null / empty = everything. */
export interface ConversionFilter {
  year: number | null;
  direction: ConversionDirection | null;
  state: ConversionState | null;
  person: string | null;
  search: string;
}

export const emptyConversionFilter: ConversionFilter = {
  year: null,
  direction: null,
  state: null,
  person: null,
  search: '',
};

export function isNarrowed(filter: ConversionFilter): boolean {
  return Boolean(
    filter.year || filter.direction || filter.state || filter.person || filter.search.trim(),
  );
}

/** The year of the register a conversion belongs to: when it was made, in office time. */
export function conversionYear(row: ConversionRow): number {
  return officeYear(new Date(row.conversion.convertedAt));
}

/** The words a search looks in: the register's number, the input's identification, the č. j. */
export function rowWords(row: ConversionRow): string[] {
  const { conversion } = row;
  return [
    conversion.number,
    conversion.input.description,
    conversion.input.messageId,
    row.referenceNumber,
    conversion.pid,
  ].flatMap((field) => (field ? tokenize(field) : []));
}

/**
 * The journal's search rules (common/domain/search folds case and diacritics; short words
 * match whole words, so "12" finds KV 12/2026 and not KV 125/2026).
 */
function matchesTerm(words: readonly string[], term: SearchTerm): boolean {
  return term.prefix ? words.some((word) => word.startsWith(term.word)) : words.includes(term.word);
}

export function matchesSearch(row: ConversionRow, search: string): boolean {
  const terms = searchTerms(search);
  if (terms.length === 0) return true;
  const words = rowWords(row);
  return terms.every((term) => matchesTerm(words, term));
}

export function matchesFilter(row: ConversionRow, filter: ConversionFilter): boolean {
  const { conversion } = row;
  if (filter.year && conversionYear(row) !== filter.year) return false;
  if (filter.direction && conversion.direction !== filter.direction) return false;
  if (filter.state && conversion.state !== filter.state) return false;
  if (filter.person && conversion.person !== filter.person) return false;
  return matchesSearch(row, filter.search);
}

/** The rows a filter shows, in the order given (the rows come newest first). */
export function filterConversions(
  rows: readonly ConversionRow[],
  filter: ConversionFilter,
): ConversionRow[] {
  return rows.filter((row) => matchesFilter(row, filter));
}

export interface ConversionFilterOptions {
  years: number[];
  persons: string[];
}

/** The values the filter's selects offer, taken from the register itself. */
export function conversionFilterOptions(rows: readonly ConversionRow[]): ConversionFilterOptions {
  const years = new Set<number>();
  const persons = new Set<string>();
  for (const row of rows) {
    years.add(conversionYear(row));
    persons.add(row.conversion.person);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    persons: [...persons].sort((a, b) => a.localeCompare(b, 'cs')),
  };
}

/** Every active filter in words, for the export's log entry: "rok 2026; stav: Dokončeno". */
export function filterSummary(t: TFunction, filter: ConversionFilter): string {
  const parts: string[] = [];
  if (filter.year) parts.push(t('conversionScreen.filters.summary.year', { year: filter.year }));
  if (filter.direction)
    parts.push(
      t('conversionScreen.filters.summary.direction', {
        value: t(`conversion.directionShort.${filter.direction}`),
      }),
    );
  if (filter.state)
    parts.push(
      t('conversionScreen.filters.summary.state', {
        value: t(`conversion.state.${filter.state}`),
      }),
    );
  if (filter.person)
    parts.push(t('conversionScreen.filters.summary.person', { value: filter.person }));
  const search = filter.search.trim();
  if (search) parts.push(t('conversionScreen.filters.summary.search', { value: search }));
  return parts.join('; ');
}
