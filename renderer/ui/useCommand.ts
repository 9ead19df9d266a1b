import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../common/domain/validation';
import { CommandError } from '../db/errors';
import { errorText, issueText } from '../i18n';
import { useNotify } from './useNotify';

export interface CommandRun {
  working: boolean;
  /** The refusal that is not about one field, as text (shown in the dialog). */
  failure: string | null;
  /** The message for one field, or null. */
  fieldError: (path: string) => string | null;
  /** Texts of issues about no field the dialog shows (shown with the failure). */
  otherIssues: (shown: readonly string[]) => string[];
  /**
   * The failure, unless one of `fields` shows an issue of its own: that issue already
   * says what is wrong, where the clerk fixes it.
   */
  generalFailure: (fields: readonly string[]) => string | null;
  /** Shows issues found before the command ran (nothing was written). */
  showIssues: (issues: ValidationIssue[]) => void;
  /** Runs the command; on success shows `done` (if given) as a notice and returns true. */
  run: (command: () => Promise<unknown>, done?: () => string) => Promise<boolean>;
}

/**
 * One form's command: runs it, keeps the field issues and the refusal of a failed run
 * for display, and confirms a success in the notice area. The data on screen follows
 * by itself (live queries).
 */
export function useCommand(): CommandRun {
  const { t } = useTranslation();
  const notify = useNotify();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);

  const showIssues = useCallback(
    (found: ValidationIssue[]) => {
      setIssues(found);
      setFailure(found.length > 0 ? t('errors.validation') : null);
    },
    [t],
  );

  const run = useCallback(
    async (command: () => Promise<unknown>, done?: () => string) => {
      setWorking(true);
      setFailure(null);
      setIssues([]);
      try {
        await command();
        if (done) notify.success(done());
        return true;
      } catch (caught) {
        if (caught instanceof CommandError && caught.issues.length > 0) setIssues(caught.issues);
        setFailure(errorText(t, caught));
        return false;
      } finally {
        setWorking(false);
      }
    },
    [notify, t],
  );

  const fieldError = useCallback(
    (path: string) => {
      const issue = issues.find((item) => item.path === path);
      return issue ? issueText(t, issue) : null;
    },
    [issues, t],
  );

  const otherIssues = useCallback(
    (shown: readonly string[]) =>
      issues.filter((item) => !shown.includes(item.path)).map((item) => issueText(t, item)),
    [issues, t],
  );

  const generalFailure = useCallback(
    (fields: readonly string[]) =>
      issues.some((item) => fields.includes(item.path)) ? null : failure,
    [issues, failure],
  );

  return { working, failure, fieldError, otherIssues, generalFailure, showIssues, run };
}
