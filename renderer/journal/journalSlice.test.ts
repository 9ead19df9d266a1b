import { describe, expect, it } from 'vitest';
import {
  detailOpened,
  detailToggled,
  filterChanged,
  filtersCleared,
  hasActiveFilter,
  journalSlice,
  selected,
  sortChanged,
} from './journalSlice';

const reduce = journalSlice.reducer;
const initial = reduce(undefined, { type: 'init' });

describe('journalSlice', () => {
  it('starts with the newest reference number first and nothing selected', () => {
    expect(initial).toEqual({
      filter: {},
      sort: 'referenceNumber',
      descending: true,
      selectedPid: null,
      detailOpen: false,
    });
  });

  it('toggles the direction of the sorted column; a new column starts in its natural order', () => {
    const bySubject = reduce(initial, sortChanged('subject'));
    expect(bySubject).toMatchObject({ sort: 'subject', descending: false });
    expect(reduce(bySubject, sortChanged('subject'))).toMatchObject({
      sort: 'subject',
      descending: true,
    });
    expect(reduce(bySubject, sortChanged('documentDate'))).toMatchObject({
      sort: 'documentDate',
      descending: true,
    });
    expect(reduce(initial, sortChanged('referenceNumber'))).toMatchObject({ descending: false });
  });

  it('merges filters and drops emptied ones, so that "no filter" has one shape', () => {
    const filtered = reduce(initial, filterChanged({ year: 2026, direction: 'incoming' }));
    expect(filtered.filter).toEqual({ year: 2026, direction: 'incoming' });
    const narrowed = reduce(
      filtered,
      filterChanged({ direction: null, search: '', handler: 'Petr Novák' }),
    );
    expect(narrowed.filter).toEqual({ year: 2026, handler: 'Petr Novák' });
    expect(reduce(narrowed, filtersCleared()).filter).toEqual({});
  });

  it('opens the detail only for a selected document and closes it with the selection', () => {
    expect(reduce(initial, detailToggled(true)).detailOpen).toBe(false);
    const open = reduce(initial, detailOpened('OUHL1'));
    expect(open).toMatchObject({ selectedPid: 'OUHL1', detailOpen: true });
    expect(reduce(open, detailToggled(false))).toMatchObject({
      selectedPid: 'OUHL1',
      detailOpen: false,
    });
    expect(reduce(open, selected(null))).toMatchObject({ selectedPid: null, detailOpen: false });
    expect(reduce(reduce(initial, selected('OUHL2')), detailToggled(true)).detailOpen).toBe(true);
  });
});

describe('hasActiveFilter', () => {
  it('counts filters and a non-blank search, not the sort order', () => {
    expect(hasActiveFilter({})).toBe(false);
    expect(hasActiveFilter({ search: '  ' })).toBe(false);
    expect(hasActiveFilter({ search: 'rizeni' })).toBe(true);
    expect(hasActiveFilter({ year: 2026 })).toBe(true);
    expect(hasActiveFilter({ to: '2026-01-31' })).toBe(true);
    expect(hasActiveFilter({ sort: 'subject', descending: true } as never)).toBe(false);
  });
});
