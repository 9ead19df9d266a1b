import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** The list's state groups: open files, closed ones, those the records office keeps, all. */
export const stateGroups = ['open', 'closed', 'recordsOffice', 'all'] as const;
export type StateGroup = (typeof stateGroups)[number];

export interface CaseFileFilter {
  group: StateGroup;
  fileMark?: string;
  handler?: string;
  year?: number;
  search?: string;
}

export interface CaseFilesState {
  filter: CaseFileFilter;
  /** The case file whose detail is shown; null shows the list. */
  selectedId: string | null;
}

const initialState: CaseFilesState = { filter: { group: 'open' }, selectedId: null };

export const caseFilesSlice = createSlice({
  name: 'caseFiles',
  initialState,
  reducers: {
    caseFileFilterChanged(state, action: PayloadAction<Partial<CaseFileFilter>>) {
      const next: CaseFileFilter = { ...state.filter, ...action.payload };
      // Empty values are dropped, so "no filter" has exactly one shape.
      for (const key of ['fileMark', 'handler', 'year', 'search'] as const) {
        const value = next[key];
        if (value === undefined || value === '' || value === 0) delete next[key];
      }
      state.filter = next;
    },
    caseFileFiltersCleared(state) {
      state.filter = { group: state.filter.group };
    },
    /** Shows a case file's detail (from the list, or from a document in the journal). */
    caseFileSelected(state, action: PayloadAction<string | null>) {
      state.selectedId = action.payload;
    },
  },
});

export const { caseFileFilterChanged, caseFileFiltersCleared, caseFileSelected } =
  caseFilesSlice.actions;
