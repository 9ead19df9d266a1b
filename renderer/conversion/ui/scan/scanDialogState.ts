/**
 * The paper → electronic dialog's state and how each step changes it. Pure: the calls
 * to main and the database are in `scanDialogSteps.ts`, which answer with an action.
 */
import type { ScanInspection, ScanMode } from '../../../../common/contract/conversion';
import type { ValidationIssue } from '../../../../common/domain/validation';
import {
  mergeInspection,
  movePage,
  removePage,
  rotatePage,
  setAllModes,
  setPageMode,
  type ScanPage,
  type TurnDirection,
} from './pageList';
import type { RegisterForm } from '../registerForm';
import type { ScanInputFile } from './scanFiles';

export interface ScanDialogState {
  files: ScanInputFile[];
  inspection: ScanInspection | null;
  pages: ScanPage[];
  form: RegisterForm;
  /** Reading or inspecting added files. */
  adding: boolean;
  /** Why the files last added were not taken (in the UI's language); the rest stays as it was. */
  addFailure: string | null;
  addIssues: ValidationIssue[];
  /** Building the output and writing the conversion. */
  working: boolean;
  /** The issues of the register fields (and "no pages") from the last attempt. */
  issues: ValidationIssue[];
  failure: string | null;
  /** The page shown large, by key. */
  enlarged: string | null;
  /** Prepared: the conversion and what the build said. */
  prepared: { conversionId: string; pages: number; notices: string[] } | null;
}

export type ScanDialogAction =
  | { type: 'adding' }
  | { type: 'added'; files: ScanInputFile[]; inspection: ScanInspection; issues: ValidationIssue[] }
  | { type: 'addRefused'; failure: string | null; issues: ValidationIssue[] }
  | { type: 'move'; key: string; delta: -1 | 1 }
  | { type: 'rotate'; key: string; direction: TurnDirection }
  | { type: 'remove'; key: string }
  | { type: 'mode'; key: string; mode: ScanMode }
  | { type: 'allModes'; mode: ScanMode }
  | { type: 'enlarge'; key: string | null }
  | { type: 'form'; patch: Partial<RegisterForm> }
  | { type: 'working' }
  | { type: 'invalid'; issues: ValidationIssue[] }
  | { type: 'failed'; failure: string }
  | { type: 'prepared'; conversionId: string; pages: number; notices: string[] };

export function initialScanDialogState(form: RegisterForm): ScanDialogState {
  return {
    files: [],
    inspection: null,
    pages: [],
    form,
    adding: false,
    addFailure: null,
    addIssues: [],
    working: false,
    issues: [],
    failure: null,
    enlarged: null,
    prepared: null,
  };
}

/** A change of the pages or fields clears the issue it may have answered. */
function withoutIssue(state: ScanDialogState, ...paths: string[]): ValidationIssue[] {
  return state.issues.filter((issue) => !paths.includes(issue.path));
}

const FORM_PATHS: Partial<Record<keyof RegisterForm, string>> = {
  description: 'description',
  inputDate: 'inputDate',
  sheets: 'sheets',
  lost: 'lostElement',
  lostDescription: 'lostElement',
  official: 'feeCzk',
  charge: 'feeCzk',
  feeCzk: 'feeCzk',
  exemption: 'exemption',
  colourReason: 'colourReason',
};

export function scanDialogReducer(
  state: ScanDialogState,
  action: ScanDialogAction,
): ScanDialogState {
  switch (action.type) {
    case 'adding':
      return { ...state, adding: true, addFailure: null, addIssues: [] };
    case 'added':
      return {
        ...state,
        adding: false,
        addIssues: action.issues,
        files: action.files,
        inspection: action.inspection,
        pages: mergeInspection(state.pages, action.inspection, state.files.length),
        issues: withoutIssue(state, 'pages'),
      };
    case 'addRefused':
      return { ...state, adding: false, addFailure: action.failure, addIssues: action.issues };
    case 'move':
      return { ...state, pages: movePage(state.pages, action.key, action.delta) };
    case 'rotate':
      return { ...state, pages: rotatePage(state.pages, action.key, action.direction) };
    case 'remove':
      return {
        ...state,
        pages: removePage(state.pages, action.key),
        enlarged: state.enlarged === action.key ? null : state.enlarged,
      };
    case 'mode':
      return {
        ...state,
        pages: setPageMode(state.pages, action.key, action.mode),
        issues: withoutIssue(state, 'colourReason'),
      };
    case 'allModes':
      return {
        ...state,
        pages: setAllModes(state.pages, action.mode),
        issues: withoutIssue(state, 'colourReason'),
      };
    case 'enlarge':
      return { ...state, enlarged: action.key };
    case 'form': {
      const paths = Object.keys(action.patch).flatMap((name) => {
        const path = FORM_PATHS[name as keyof RegisterForm];
        return path ? [path] : [];
      });
      // Fee and exemption are one question: answering either clears both.
      if (paths.includes('feeCzk') || paths.includes('exemption'))
        paths.push('feeCzk', 'exemption');
      const sheetsTyped = 'sheets' in action.patch ? { sheetsFollowPages: false } : {};
      return {
        ...state,
        form: { ...state.form, ...action.patch, ...sheetsTyped },
        issues: withoutIssue(state, ...paths),
        failure: null,
      };
    }
    case 'working':
      return { ...state, working: true, failure: null };
    case 'invalid':
      return { ...state, working: false, issues: action.issues, failure: null };
    case 'failed':
      return { ...state, working: false, failure: action.failure };
    case 'prepared':
      return {
        ...state,
        working: false,
        issues: [],
        failure: null,
        prepared: {
          conversionId: action.conversionId,
          pages: action.pages,
          notices: action.notices,
        },
      };
  }
}
