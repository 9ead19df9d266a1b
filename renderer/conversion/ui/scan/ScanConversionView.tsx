import { useId, useRef, useState, type DragEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { CloseButton, ConfirmButtons } from '../../../ui/DialogButtons';
import { Field } from '../../../ui/Field';
import { FormFailure } from '../../../ui/FormFailure';
import { needsColourReason } from './pageList';
import { FolderCleanup } from './FolderCleanup';
import { PageGrid } from './PageGrid';
import { issuesByField, type RegisterForm } from '../registerForm';
import { RegisterFieldsView } from './RegisterFieldsView';
import type { ScanDialogAction, ScanDialogState } from './scanDialogState';
import type { ScanInputFile } from './scanFiles';
import { ScanInputSection } from './ScanInputSection';
import { scanNotices } from './scanNotices';
import { ScanNoticesView } from './ScanNoticesView';

export interface ScanConversionViewProps {
  referenceNumber: string;
  state: ScanDialogState;
  dispatch: (action: ScanDialogAction) => void;
  onPick: () => void;
  onFiles: (files: ScanInputFile[]) => void;
  onDrop: (files: File[]) => void;
  onSubmit: () => void;
  onClose: () => void;
  pickRef?: Ref<HTMLButtonElement>;
}

/** The dialog as drawn from its state (the steps live in ScanConversionDialog). */
export function ScanConversionView({
  referenceNumber,
  state,
  dispatch,
  onPick,
  onFiles,
  onDrop,
  onSubmit,
  onClose,
  pickRef,
}: ScanConversionViewProps) {
  const { t } = useTranslation();
  const formId = useId();
  const pagesHeadingId = useId();
  const [folderOpen, setFolderOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when it left.
  const depth = useRef(0);
  const title = t('conversionScan.title', { reference: referenceNumber });

  if (state.prepared) {
    return (
      <Dialog open wide title={title} onClose={onClose} footer={<CloseButton onClose={onClose} />}>
        <div role="status" data-testid="scan-prepared">
          <h3>{t('conversionScan.prepared.heading')}</h3>
          <p>{t('conversionScan.prepared.text')}</p>
          {state.prepared.notices.length > 0 ? (
            <div className="scan-notices">
              <p className="field__label">{t('conversionScan.notices.build')}</p>
              <ul>
                {state.prepared.notices.map((notice) => (
                  <li key={notice}>{notice}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <FolderCleanup
            names={state.files
              .filter(
                (file, index) =>
                  file.fromFolder && state.pages.some((page) => page.info.file === index),
              )
              .map((file) => file.name)}
          />
        </div>
      </Dialog>
    );
  }

  const busy = state.adding || state.working;
  const { fields, other } = issuesByField(state.issues);
  const colour = needsColourReason(state.pages);
  const change = (patch: Partial<RegisterForm>) => dispatch({ type: 'form', patch });

  const dragEvents = {
    onDragEnter: (event: DragEvent<HTMLFormElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver: (event: DragEvent<HTMLFormElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    },
    onDragLeave: () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop: (event: DragEvent<HTMLFormElement>) => {
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const dropped = [...event.dataTransfer.files];
      if (dropped.length > 0 && !busy) onDrop(dropped);
    },
  };

  return (
    <Dialog
      open
      wide
      title={title}
      onClose={onClose}
      footer={
        <ConfirmButtons
          onCancel={onClose}
          form={formId}
          confirmLabel={t('conversionScan.submit')}
          workingLabel={t('conversionScan.working')}
          working={busy}
        />
      }
    >
      <form
        id={formId}
        className={
          dragging ? 'dialog-form scan-dialog scan-dialog--drop' : 'dialog-form scan-dialog'
        }
        noValidate
        data-testid="scan-dialog"
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSubmit();
        }}
        {...dragEvents}
      >
        <ScanInputSection
          files={state.files}
          inspection={state.inspection}
          adding={state.adding}
          disabled={busy}
          failure={state.addFailure}
          issues={state.addIssues}
          dragging={dragging}
          folderOpen={folderOpen}
          pickRef={pickRef}
          onPick={onPick}
          onToggleFolder={() => setFolderOpen((open) => !open)}
          onFiles={onFiles}
        />
        <section className="scan-output" aria-labelledby={pagesHeadingId}>
          <h3 id={pagesHeadingId}>{t('conversionScan.pages.heading')}</h3>
          {fields.pages ? (
            <p className="field__error" role="alert">
              {issueText(t, fields.pages)}
            </p>
          ) : null}
          {state.pages.length === 0 ? (
            <p className="field__hint">{t('conversionScan.pages.none')}</p>
          ) : (
            <>
              <ScanNoticesView notices={scanNotices(state.inspection, state.pages)} />
              <PageGrid
                pages={state.pages}
                files={state.files}
                inspection={state.inspection}
                enlarged={state.enlarged}
                disabled={busy}
                dispatch={dispatch}
              />
            </>
          )}
          {colour ? (
            <Field
              label={t('conversionScan.colour.reason')}
              hint={t('conversionScan.colour.reasonHint')}
              error={fields.colourReason ? issueText(t, fields.colourReason) : null}
              required
            >
              <input
                className="input"
                value={state.form.colourReason}
                maxLength={500}
                disabled={busy}
                data-testid="scan-colour-reason"
                onChange={(event) => change({ colourReason: event.target.value })}
              />
            </Field>
          ) : null}
        </section>
        <RegisterFieldsView
          form={state.form}
          pages={state.pages.length}
          issues={fields}
          disabled={busy}
          onChange={change}
        />
        {state.working ? (
          <p className="field__hint" role="status">
            {t('conversionScan.working')}
          </p>
        ) : null}
        <FormFailure
          text={state.failure ?? (other.length > 0 ? t('errors.validation') : null)}
          details={other.length > 0 ? other.map((issue) => issueText(t, issue)) : undefined}
        />
      </form>
    </Dialog>
  );
}
