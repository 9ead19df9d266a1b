import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ConnectivityStatus, UpdateStatus } from '../../common/contract/types';
import type { EventPayload } from '../../common/contract/events';

export interface Notice {
  id: number;
  /** `error` and `warning` stay until dismissed; `warning` asks the clerk to act (not a failure). */
  kind: 'success' | 'error' | 'warning' | 'info';
  text: string;
}

export interface StatusState {
  connectivity: ConnectivityStatus | null;
  update: UpdateStatus | null;
  updateDismissed: boolean;
  tasks: Record<string, EventPayload<'task.progress'>>;
  notices: Notice[];
}

const initialState: StatusState = {
  connectivity: null,
  update: null,
  updateDismissed: false,
  tasks: {},
  notices: [],
};

let nextNoticeId = 1;

export const statusSlice = createSlice({
  name: 'status',
  initialState,
  reducers: {
    connectivityChanged(state, action: PayloadAction<ConnectivityStatus>) {
      state.connectivity = action.payload;
    },
    updateChanged(state, action: PayloadAction<UpdateStatus>) {
      if (state.update?.state !== action.payload.state) state.updateDismissed = false;
      state.update = action.payload;
    },
    updateDismissed(state) {
      state.updateDismissed = true;
    },
    taskProgressed(state, action: PayloadAction<EventPayload<'task.progress'>>) {
      if (action.payload.done >= action.payload.total) delete state.tasks[action.payload.taskId];
      else state.tasks[action.payload.taskId] = action.payload;
    },
    noticeShown: {
      reducer(state, action: PayloadAction<Notice>) {
        state.notices.push(action.payload);
        if (state.notices.length > 4) state.notices.shift();
      },
      prepare(kind: Notice['kind'], text: string) {
        return { payload: { id: nextNoticeId++, kind, text } };
      },
    },
    noticeDismissed(state, action: PayloadAction<number>) {
      state.notices = state.notices.filter((notice) => notice.id !== action.payload);
    },
  },
});

export const {
  connectivityChanged,
  updateChanged,
  updateDismissed,
  taskProgressed,
  noticeShown,
  noticeDismissed,
} = statusSlice.actions;
