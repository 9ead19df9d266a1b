import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../common/domain/validation';
import { CommandError } from '../db/errors';
import { errorText, issueText } from '../i18n';
import { useNotify } from '../ui/useNotify';

export interface CommandRun {
  working: boolean;
  /** The refusal that is not about one field, as text (shown in the dialog). */
  failure: string | null;
  /** The message for one field, or null. */
  fieldError: (path: string) => string | null;
  /** Texts of issues about no field the dialog shows (shown with the failure). */
  otherIssues: (shown: readonly string[]) => string[];
  /** Shows issues found before the command ran (nothing was written). */
  showIssues: (issues: ValidationIssue[]) => void;
  /** Runs the command; on success shows `done` as a notice and returns true. */
  run: (command: () => Promise<unknown>, done: () => string) => Promise<boolean>;
}

/**
 * One dialog's command: runs it, keeps the field issues and the refusal of a failed
 * run for display, and confirms a success in the notice area. The data on screen
 * follows by itself (live queries).
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
    async (command: () => Promise<unknown>, done: () => string) => {
      setWorking(true);
      setFailure(null);
      setIssues([]);
      try {
        await command();
        notify.success(done());
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

  return { working, failure, fieldError, otherIssues, showIssues, run };
}
