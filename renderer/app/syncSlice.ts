import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { initialSyncStatus, type SyncStatus } from '../sync/syncStatus';

/**
 * What the sync engine last reported (phase, progress, last success and failure).
 * Counts of waiting, refused and conflicting work are not here: they live in Dexie
 * and are read with liveQuery, so they can never disagree with the outbox.
 */
export type SyncState = SyncStatus;

export const syncSlice = createSlice({
  name: 'sync',
  initialState: initialSyncStatus as SyncState,
  reducers: {
    syncStatusChanged(state, action: PayloadAction<SyncStatus>) {
      // The engine knows only this session's runs; an earlier success stays shown.
      return {
        ...action.payload,
        lastSuccessAt: action.payload.lastSuccessAt ?? state.lastSuccessAt,
      };
    },
    /**
     * The last success stored by an earlier session, shown before this session's
     * first run ends; a run's own report wins.
     */
    lastSuccessLoaded(state, action: PayloadAction<string>) {
      if (state.lastSuccessAt === null) state.lastSuccessAt = action.payload;
    },
  },
});

export const { syncStatusChanged, lastSuccessLoaded } = syncSlice.actions;
