import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeCaseFileCleared, navigated } from '../app/appSlice';
import { IntakeCaseFileBanner } from './IntakeCaseFileBanner';
import { useIntakeCaseFile } from './useIntakeCaseFile';
import { useAppDispatch, useAppSelector } from '../app/store';
import { issueText } from '../i18n';
import { detailToggled, selected } from '../journal/journalSlice';
import { DiscardDialog } from './DiscardDialog';
import { ErrorSummary } from './ErrorSummary';
import { FieldErrorsContext, type ErrorOf } from './fieldErrors';
import { fieldOrder, issuesByField, placeIssues } from './fieldKeys';
import { fieldLabel } from './fieldLabels';
import {
  recallHandledNewDocumentRequest,
  rememberHandledNewDocumentRequest,
  type SavedDocument,
} from './intakeDraft';
import { IntakeFormView } from './IntakeFormView';
import { SavedPanel } from './SavedPanel';
import { StampDialog } from '../stamp/StampDialog';
import { useIntakeDraft } from './useIntakeDraft';
import { useIntakeSave } from './useIntakeSave';
import { useIntakeSetup, type IntakeSetup } from './useIntakeSetup';
import '../styles/intake.css';

function focusField(field: string): void {
  document.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
}

export function IntakeScreen() {
  const { t } = useTranslation();
  const setup = useIntakeSetup();
  return (
    <section className="screen intake" aria-labelledby="intake-title">
      {setup ? (
        <IntakeWorkspace setup={setup} />
      ) : (
        <>
          <h1 id="intake-title" className="screen__title">
            {t('intake.title')}
          </h1>
          <p aria-busy="true">{t('intake.loading')}</p>
        </>
      )}
    </section>
  );
}

function IntakeWorkspace({ setup }: { setup: IntakeSetup }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const edit = useIntakeDraft(setup.currentUser);
  const { draft } = edit;
  const target = useIntakeCaseFile();
  const { markSaved } = edit;
  // A document registered into a case file ends the binding; the next one starts free.
  const onSaved = useCallback(
    (saved: SavedDocument) => {
      markSaved(saved);
      dispatch(intakeCaseFileCleared());
    },
    [markSaved, dispatch],
  );
  const saveState = useIntakeSave(draft, setup.filePlan, onSaved, target?.caseFile ?? null);
  const [discardOpen, setDiscardOpen] = useState(false);
  const [stampOpen, setStampOpen] = useState(false);
  const [focusFirst, setFocusFirst] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const savedHeadingRef = useRef<HTMLHeadingElement>(null);

  const fields = useMemo(
    () => fieldOrder(draft.form.direction, draft.form.addressees.length),
    [draft.form.direction, draft.form.addressees.length],
  );
  const placed = useMemo(() => placeIssues(saveState.issues, fields), [saveState.issues, fields]);
  const errorOf = useMemo<ErrorOf>(() => {
    const byField = issuesByField(placed);
    return (field) =>
      byField
        .get(field)
        ?.map((issue) => issueText(t, issue))
        .join(' ') ?? null;
  }, [placed, t]);

  const { reset: resetSave, failedSaves } = saveState;
  const beginNew = useCallback(() => {
    edit.startNew();
    resetSave();
    setDiscardOpen(false);
    setStampOpen(false);
    setFocusFirst((count) => count + 1);
  }, [edit, resetSave]);
  const askNew = useCallback(
    () => (edit.dirty ? setDiscardOpen(true) : beginNew()),
    [edit.dirty, beginNew],
  );

  // Alt+N / F2 anywhere in the app, also when it brought the clerk here from another screen.
  const newDocumentRequest = useAppSelector((state) => state.app.newDocumentRequest);
  const [seenRequest, setSeenRequest] = useState(recallHandledNewDocumentRequest);
  if (newDocumentRequest !== seenRequest) {
    setSeenRequest(newDocumentRequest);
    askNew();
  }
  useEffect(() => rememberHandledNewDocumentRequest(seenRequest), [seenRequest]);

  useEffect(() => {
    if (focusFirst > 0)
      focusField(draft.form.direction === 'incoming' ? 'sender.name' : 'addressees.0.name');
    // Only a new request moves the focus, not a change of kind.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusFirst]);
  useEffect(() => {
    if (failedSaves > 0) summaryRef.current?.focus();
  }, [failedSaves]);
  const savedPid = draft.saved?.pid;
  useEffect(() => {
    if (savedPid) savedHeadingRef.current?.focus();
  }, [savedPid]);

  const showInJournal = () => {
    if (!draft.saved) return;
    dispatch(selected(draft.saved.pid));
    dispatch(detailToggled(true));
    dispatch(navigated('journal'));
  };

  return (
    <>
      <header className="intake__header">
        <h1 id="intake-title" className="screen__title">
          {t('intake.title')}
        </h1>
        {draft.saved ? null : (
          <p className="intake__subtitle">{t(`intake.subtitle.${draft.form.direction}`)}</p>
        )}
      </header>
      {draft.saved ? (
        <>
          <SavedPanel
            ref={savedHeadingRef}
            saved={draft.saved}
            onStamp={() => setStampOpen(true)}
            onAnother={beginNew}
            onShowInJournal={showInJournal}
          />
          <StampDialog
            pid={draft.saved.pid}
            referenceNumber={draft.saved.referenceNumber}
            open={stampOpen}
            onClose={() => setStampOpen(false)}
          />
        </>
      ) : (
        <FieldErrorsContext.Provider value={errorOf}>
          <ErrorSummary
            ref={summaryRef}
            placed={placed}
            failure={saveState.failure}
            labelOf={(field) => fieldLabel(t, field, draft.form)}
            onFocusField={focusField}
          />
          {target ? (
            <IntakeCaseFileBanner
              caseFile={target.caseFile}
              initiatorReference={target.initiatorReference}
              onDetach={() => dispatch(intakeCaseFileCleared())}
            />
          ) : null}
          <IntakeFormView
            edit={edit}
            filePlan={setup.filePlan}
            handlers={setup.handlers}
            saving={saveState.saving}
            onSave={() => void saveState.save()}
            onClear={askNew}
          />
        </FieldErrorsContext.Provider>
      )}
      <DiscardDialog open={discardOpen} onDiscard={beginNew} onKeep={() => setDiscardOpen(false)} />
    </>
  );
}
