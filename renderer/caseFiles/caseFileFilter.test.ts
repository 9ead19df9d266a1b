import { describe, expect, it } from 'vitest';
import type { CaseFileState } from '../../common/domain/lifecycle';
import { indexWords } from '../../common/domain/search';
import { filterCaseFiles, filterOptions, matchesFilter, matchesSearch } from './caseFileFilter';

function file(
  sequence: number,
  patch: Partial<{ state: CaseFileState; fileMark: string; handler: string; year: number }> = {},
  title = `Spis ${sequence}`,
) {
  const fileMark = patch.fileMark ?? '5.1';
  const reference = `SZ OUHL ${sequence}/${patch.year ?? 2026}`;
  return {
    state: patch.state ?? 'inProgress',
    fileMark,
    handler: patch.handler ?? 'Marie Dvořáková',
    year: patch.year ?? 2026,
    sequence,
    openedAt: '2026-03-01T08:00:00.000Z',
    words: indexWords([reference, title, fileMark]),
  };
}

describe('case file list filter', () => {
  it('groups states: open, closed, in the records office (incl. on loan and in disposal), all', () => {
    const open = file(1);
    const closed = file(2, { state: 'closed' });
    const kept = ['handedOver', 'inRecordsOffice', 'onLoan', 'inDisposal'] as const;
    const office = kept.map((state, index) => file(3 + index, { state }));
    const archived = file(9, { state: 'archived' });
    const all = [open, closed, ...office, archived];
    expect(filterCaseFiles(all, { group: 'open' })).toEqual([open]);
    expect(filterCaseFiles(all, { group: 'closed' })).toEqual([closed]);
    expect(
      filterCaseFiles(all, { group: 'recordsOffice' })
        .map((f) => f.state)
        .sort(),
    ).toEqual([...kept].sort());
    expect(filterCaseFiles(all, { group: 'all' })).toHaveLength(all.length);
  });

  it('narrows by file mark, handler and year, newest first', () => {
    const files = [
      file(1, { fileMark: '4.2' }),
      file(2, { handler: 'Jan Novák' }),
      file(3, { year: 2025 }),
      file(4),
    ];
    expect(
      filterCaseFiles(files, { group: 'all', fileMark: '4.2' }).map((f) => f.sequence),
    ).toEqual([1]);
    expect(
      filterCaseFiles(files, { group: 'all', handler: 'Jan Novák' }).map((f) => f.sequence),
    ).toEqual([2]);
    expect(filterCaseFiles(files, { group: 'all', year: 2025 }).map((f) => f.sequence)).toEqual([
      3,
    ]);
    expect(filterCaseFiles(files, { group: 'all' }).map((f) => f.sequence)).toEqual([4, 2, 1, 3]);
  });

  it('searches words as typed: case and diacritics ignored, every word a prefix', () => {
    const kaceni = file(1, {}, 'Kácení lípy u hřbitova');
    expect(matchesFilter(kaceni, { group: 'open', search: 'KACENI hřbit' })).toBe(true);
    expect(matchesFilter(kaceni, { group: 'open', search: 'kácení topolu' })).toBe(false);
    expect(matchesSearch(kaceni.words, 'sz ouhl 1/2026')).toBe(true);
    expect(matchesSearch(file(11, { fileMark: '4.2' }).words, 'SZ OUHL 1/2026')).toBe(false);
    expect(matchesSearch(file(11).words, 'SZ OUHL 11/2026')).toBe(true);
    expect(matchesSearch(kaceni.words, '   ')).toBe(true);
  });

  it('offers the years, handlers and marks that occur, in reading order', () => {
    const options = filterOptions([
      file(1, { year: 2025, fileMark: '10.1', handler: 'Petr Šťastný' }),
      file(2, { fileMark: '2.1', handler: 'Anna Bílá' }),
      file(3, { fileMark: '2.1' }),
    ]);
    expect(options.years).toEqual([2026, 2025]);
    expect(options.fileMarks).toEqual(['2.1', '10.1']);
    expect(options.handlers).toEqual(['Anna Bílá', 'Marie Dvořáková', 'Petr Šťastný']);
  });
});
