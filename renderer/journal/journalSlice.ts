import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { JournalFilter, SortColumn } from '../db/journal/query';

export interface JournalState {
  filter: JournalFilter;
  sort: SortColumn;
  descending: boolean;
  selectedPid: string | null;
  detailOpen: boolean;
}

const initialState: JournalState = {
  filter: {},
  sort: 'referenceNumber',
  descending: true,
  selectedPid: null,
  detailOpen: false,
};

/** Columns whose natural reading order is newest first. */
const DESCENDING_FIRST: ReadonlyArray<SortColumn> = ['referenceNumber', 'documentDate'];

export const journalSlice = createSlice({
  name: 'journal',
  initialState,
  reducers: {
    filterChanged(state, action: PayloadAction<Partial<JournalFilter>>) {
      const next: JournalFilter = { ...state.filter, ...action.payload };
      // Empty values are dropped, so "no filter" has exactly one shape.
      for (const key of Object.keys(next) as Array<keyof JournalFilter>) {
        const value = next[key];
        if (value === null || value === undefined || value === '') delete next[key];
      }
      state.filter = next;
    },
    filtersCleared(state) {
      state.filter = {};
    },
    sortChanged(state, action: PayloadAction<SortColumn>) {
      if (state.sort === action.payload) state.descending = !state.descending;
      else {
        state.sort = action.payload;
        state.descending = DESCENDING_FIRST.includes(action.payload);
      }
    },
    selected(state, action: PayloadAction<string | null>) {
      state.selectedPid = action.payload;
      if (action.payload === null) state.detailOpen = false;
    },
    detailToggled(state, action: PayloadAction<boolean>) {
      state.detailOpen = action.payload && state.selectedPid !== null;
    },
    /** Select a document and show it (double click, Enter). */
    detailOpened(state, action: PayloadAction<string>) {
      state.selectedPid = action.payload;
      state.detailOpen = true;
    },
  },
});

export const { filterChanged, filtersCleared, sortChanged, selected, detailToggled, detailOpened } =
  journalSlice.actions;

const filterKeys = [
  'year',
  'from',
  'to',
  'direction',
  'channel',
  'state',
  'handler',
  'search',
] as const;

/** True when any filter narrows the journal (the search counts; sorting does not). */
export function hasActiveFilter(filter: JournalFilter): boolean {
  return filterKeys.some((key) => {
    const value = filter[key];
    return typeof value === 'string' ? value.trim() !== '' : Boolean(value);
  });
}
