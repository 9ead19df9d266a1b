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

export const journalSlice = createSlice({
  name: 'journal',
  initialState,
  reducers: {
    filterChanged(state, action: PayloadAction<Partial<JournalFilter>>) {
      state.filter = { ...state.filter, ...action.payload };
    },
    filtersCleared(state) {
      state.filter = {};
    },
    sortChanged(state, action: PayloadAction<SortColumn>) {
      if (state.sort === action.payload) state.descending = !state.descending;
      else {
        state.sort = action.payload;
        state.descending = action.payload === 'referenceNumber' || action.payload === 'documentDate';
      }
    },
    selected(state, action: PayloadAction<string | null>) {
      state.selectedPid = action.payload;
    },
    detailToggled(state, action: PayloadAction<boolean>) {
      state.detailOpen = action.payload;
    },
  },
});

export const { filterChanged, filtersCleared, sortChanged, selected, detailToggled } = journalSlice.actions;
