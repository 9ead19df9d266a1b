import { configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { appSlice } from './appSlice';
import { statusSlice } from './statusSlice';
import { syncSlice } from './syncSlice';
import { journalSlice } from '../journal/journalSlice';
import { caseFilesSlice } from '../caseFiles/caseFilesSlice';
import { databoxSlice } from '../databox/ui/databoxSlice';

/** Session and UI state only; documents live in Dexie and are read with liveQuery. */
export function createStore() {
  return configureStore({
    reducer: {
      app: appSlice.reducer,
      status: statusSlice.reducer,
      sync: syncSlice.reducer,
      journal: journalSlice.reducer,
      caseFiles: caseFilesSlice.reducer,
      databox: databoxSlice.reducer,
    },
  });
}

export type AppStore = ReturnType<typeof createStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
