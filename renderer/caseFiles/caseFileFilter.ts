import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { CaseFileState } from '../../common/domain/lifecycle';
import { tokenize } from '../../common/domain/search';
import { compareMarks } from '../intake/filePlanOptions';
import type { CaseFileFilter, StateGroup } from './caseFilesSlice';

/** Rows the list renders at once; more are narrowed by the filters. */
export const LIST_LIMIT = 200;

/** Which states each group of the list shows; null = every state. */
export const stateGroupStates: Record<StateGroup, readonly CaseFileState[] | null> = {
  open: ['inProgress'],
  closed: ['closed'],
  recordsOffice: ['handedOver', 'inRecordsOffice', 'onLoan', 'inDisposal'],
  all: null,
};

type Listed = Pick<
  CaseFileRecord,
  'state' | 'fileMark' | 'handler' | 'year' | 'sequence' | 'words' | 'openedAt'
>;

/** Shorter words match whole words only, as in the journal: "1" finds SZ 1/2026, not 11/2026. */
const PREFIX_FROM_LENGTH = 3;

/** True when every typed word begins one of the file's words (case and diacritics ignored). */
export function matchesSearch(words: readonly string[], search: string | undefined): boolean {
  const terms = tokenize(search ?? '');
  return terms.every((term) =>
    term.length >= PREFIX_FROM_LENGTH
      ? words.some((word) => word.startsWith(term))
      : words.includes(term),
  );
}

export function matchesFilter(file: Listed, filter: CaseFileFilter): boolean {
  const states = stateGroupStates[filter.group];
  if (states && !states.includes(file.state)) return false;
  if (filter.fileMark && file.fileMark !== filter.fileMark) return false;
  if (filter.handler && file.handler !== filter.handler) return false;
  if (filter.year && file.year !== filter.year) return false;
  return matchesSearch(file.words, filter.search);
}

/** The files a filter shows, newest first (year, then the register's sequence). */
export function filterCaseFiles<T extends Listed>(
  files: readonly T[],
  filter: CaseFileFilter,
): T[] {
  return files
    .filter((file) => matchesFilter(file, filter))
    .sort((a, b) => b.year - a.year || b.sequence - a.sequence);
}

/** The values the filter's selects offer, taken from the files themselves. */
export function filterOptions(files: readonly Listed[]): {
  years: number[];
  handlers: string[];
  fileMarks: string[];
} {
  const years = new Set<number>();
  const handlers = new Set<string>();
  const fileMarks = new Set<string>();
  for (const file of files) {
    years.add(file.year);
    handlers.add(file.handler);
    fileMarks.add(file.fileMark);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    handlers: [...handlers].sort((a, b) => a.localeCompare(b, 'cs')),
    fileMarks: [...fileMarks].sort(compareMarks),
  };
}
