import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { MessageDirection } from '../../../common/domain/databox';

/** The inbox's filter; `all` shows the messages of every box together. */
export type BoxFilter = 'all' | string;

export interface DataboxState {
  box: BoxFilter;
  tab: MessageDirection;
  search: string;
  selectedId: string | null;
  detailOpen: boolean;
}

const initialState: DataboxState = {
  box: 'all',
  tab: 'received',
  search: '',
  selectedId: null,
  detailOpen: false,
};

export const databoxSlice = createSlice({
  name: 'databox',
  initialState,
  reducers: {
    boxFiltered(state, action: PayloadAction<BoxFilter>) {
      state.box = action.payload;
    },
    tabChosen(state, action: PayloadAction<MessageDirection>) {
      if (state.tab === action.payload) return;
      state.tab = action.payload;
      // A message of the other tab is not in the list any more.
      state.selectedId = null;
      state.detailOpen = false;
    },
    searched(state, action: PayloadAction<string>) {
      state.search = action.payload;
    },
    messageSelected(state, action: PayloadAction<string | null>) {
      state.selectedId = action.payload;
      if (action.payload === null) state.detailOpen = false;
    },
    messageOpened(state, action: PayloadAction<{ id: string; tab?: MessageDirection }>) {
      if (action.payload.tab) state.tab = action.payload.tab;
      state.selectedId = action.payload.id;
      state.detailOpen = true;
    },
    detailClosed(state) {
      state.detailOpen = false;
    },
  },
});

export const { boxFiltered, tabChosen, searched, messageSelected, messageOpened, detailClosed } =
  databoxSlice.actions;
