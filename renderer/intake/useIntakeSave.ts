import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateNewDocument } from '../../common/domain/documentRules';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import type { ValidationIssue } from '../../common/domain/validation';
import { useServices } from '../app/services';
import { useSyncControl } from '../sync/ui/syncControl';
import { registerDocument } from '../db/commands/registerDocument';
import { CommandError } from '../db/errors';
import { errorText } from '../i18n';
import { useNotify } from '../ui/useNotify';
import { buildNewDocumentInput } from './buildInput';
import type { Draft, SavedDocument } from './intakeDraft';

export interface SaveState {
  saving: boolean;
  /** Issues to show; empty until the first failed save. */
  issues: ValidationIssue[];
  /** A failure that is no field's fault (a full disk), as text. */
  failure: string | null;
  /** Bumped after every failed save, so the summary takes the focus. */
  failedSaves: number;
  save: () => Promise<void>;
  reset: () => void;
}

function inputFor(draft: Draft, caseFile: Pick<CaseFileRecord, 'fileMark'> | null) {
  const input = buildNewDocumentInput(draft.form);
  return caseFile ? { ...input, fileMark: caseFile.fileMark } : input;
}

function sameIssue(a: ValidationIssue, b: ValidationIssue): boolean {
  return a.path === b.path && a.message === b.message;
}

/**
 * Saving the draft through the register command. After a refused save the issues are
 * re-checked as the clerk types, so each message goes away once its field is fixed.
 */
export function useIntakeSave(
  draft: Draft,
  filePlan: FilePlanGroup[],
  onSaved: (saved: SavedDocument) => void,
  /** The case file the document is registered into; it gives the mark (open then, maybe not today). */
  caseFile: Pick<CaseFileRecord, 'id' | 'fileMark'> | null = null,
): SaveState {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const sync = useSyncControl();
  const [saving, setSaving] = useState(false);
  const [errorsVisible, setErrorsVisible] = useState(false);
  const [commandIssues, setCommandIssues] = useState<{
    draft: Draft;
    issues: ValidationIssue[];
  } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [failedSaves, setFailedSaves] = useState(0);

  const liveIssues = useMemo(() => {
    if (!errorsVisible) return [];
    const input = inputFor(draft, caseFile);
    const result = validateNewDocument(input, {
      now: new Date(),
      filePlan,
      markOpenToday: caseFile === null,
    });
    return result.ok ? [] : result.issues;
  }, [errorsVisible, draft, filePlan, caseFile]);

  // Issues only the command knows (about files, say) stand until the draft changes.
  const extra = commandIssues && commandIssues.draft === draft ? commandIssues.issues : [];
  const issues = [
    ...liveIssues,
    ...extra.filter((issue) => !liveIssues.some((live) => sameIssue(live, issue))),
  ];

  const save = useCallback(async () => {
    if (saving) return;
    setSaving(true);
    const input = inputFor(draft, caseFile);
    try {
      // Online, the number is the eSSL's at once (also right after start); offline no wait.
      await sync.ensureNumbers();
      const result = await registerDocument(
        db,
        input,
        draft.files.map((file) => ({ name: file.originalName, bytes: file.bytes })),
        { caseFileId: caseFile?.id ?? null },
      );
      setErrorsVisible(false);
      setCommandIssues(null);
      setFailure(null);
      notify.success(t('intake.saved.notice', { referenceNumber: result.referenceNumber }));
      onSaved(result);
    } catch (error) {
      setErrorsVisible(true);
      if (error instanceof CommandError && error.issues.length > 0) {
        setCommandIssues({ draft, issues: error.issues });
        setFailure(null);
      } else {
        setCommandIssues(null);
        setFailure(errorText(t, error));
        notify.failure(error);
        if (!(error instanceof CommandError)) {
          void api['log.write']({
            level: 'error',
            message: `intake save failed: ${String(error)}`,
          }).catch(() => undefined);
        }
      }
      setFailedSaves((count) => count + 1);
    } finally {
      setSaving(false);
    }
  }, [saving, db, draft, notify, t, onSaved, api, caseFile, sync]);

  const reset = useCallback(() => {
    setErrorsVisible(false);
    setCommandIssues(null);
    setFailure(null);
  }, []);

  return { saving, issues, failure, failedSaves, save, reset };
}
