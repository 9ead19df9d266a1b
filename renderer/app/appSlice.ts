import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { AppConfig, AppInfo } from '../../common/contract/types';

export const screens = [
  'intake',
  'journal',
  'databox',
  'signing',
  'conversion',
  'caseFiles',
  'recordsOffice',
  'filePlan',
  'txlog',
  'sync',
  'settings',
] as const;
export type Screen = (typeof screens)[number];

export interface AppState {
  info: AppInfo | null;
  config: AppConfig | null;
  screen: Screen;
  /** Bumped to ask the intake form to start a new document (keyboard shortcut, button). */
  newDocumentRequest: number;
  /** Bumped to ask the journal to focus its search box. */
  focusSearchRequest: number;
  /** The case file the next document in Podatelna is registered into; null for none. */
  intakeCaseFileId: string | null;
}

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '');
  return (screens as readonly string[]).includes(name) ? (name as Screen) : 'journal';
}

const initialState: AppState = {
  info: null,
  config: null,
  screen: typeof window === 'undefined' ? 'journal' : screenFromHash(window.location.hash),
  newDocumentRequest: 0,
  focusSearchRequest: 0,
  intakeCaseFileId: null,
};

export const appSlice = createSlice({
  name: 'app',
  initialState,
  reducers: {
    started(state, action: PayloadAction<{ info: AppInfo; config: AppConfig }>) {
      state.info = action.payload.info;
      state.config = action.payload.config;
    },
    configChanged(state, action: PayloadAction<AppConfig>) {
      state.config = action.payload;
    },
    navigated(state, action: PayloadAction<Screen>) {
      state.screen = action.payload;
    },
    newDocumentRequested(state) {
      state.screen = 'intake';
      state.newDocumentRequest += 1;
    },
    /** "Nový dokument do spisu": Podatelna opens a new document bound to the case file. */
    newDocumentInCaseFile(state, action: PayloadAction<string>) {
      state.screen = 'intake';
      state.newDocumentRequest += 1;
      state.intakeCaseFileId = action.payload;
    },
    intakeCaseFileCleared(state) {
      state.intakeCaseFileId = null;
    },
    searchFocusRequested(state) {
      state.screen = 'journal';
      state.focusSearchRequest += 1;
    },
  },
});

export const {
  started,
  configChanged,
  navigated,
  newDocumentRequested,
  newDocumentInCaseFile,
  intakeCaseFileCleared,
  searchFocusRequested,
} = appSlice.actions;
