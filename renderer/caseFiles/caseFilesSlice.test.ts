import { describe, expect, it } from 'vitest';
import {
  caseFileFilterChanged,
  caseFileFiltersCleared,
  caseFileSelected,
  caseFilesSlice,
} from './caseFilesSlice';

const reduce = caseFilesSlice.reducer;

describe('case files UI state', () => {
  it('starts on the open files, with nothing selected', () => {
    expect(reduce(undefined, { type: 'init' })).toEqual({
      filter: { group: 'open' },
      selectedId: null,
    });
  });

  it('drops emptied filters, so "no filter" has one shape; clearing keeps the state group', () => {
    let state = reduce(undefined, caseFileFilterChanged({ group: 'closed', fileMark: '5.1' }));
    state = reduce(state, caseFileFilterChanged({ year: 2026, search: 'lípa' }));
    expect(state.filter).toEqual({ group: 'closed', fileMark: '5.1', year: 2026, search: 'lípa' });
    state = reduce(state, caseFileFilterChanged({ fileMark: '', search: '' }));
    expect(state.filter).toEqual({ group: 'closed', year: 2026 });
    expect(reduce(state, caseFileFiltersCleared()).filter).toEqual({ group: 'closed' });
  });

  it('selects a case file to show and goes back to the list', () => {
    const state = reduce(undefined, caseFileSelected('OUHLX1'));
    expect(state.selectedId).toBe('OUHLX1');
    expect(reduce(state, caseFileSelected(null)).selectedId).toBeNull();
  });
});
