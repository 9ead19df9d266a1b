import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import { insertIntoCaseFile, moveToCaseFile } from '../db/commands/caseFiles/insertIntoCaseFile';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { CaseFilePicker } from './CaseFilePicker';
import { useCommand } from './useCommand';
import { useFocusOnOpen } from './useFocusOnOpen';

export interface ChooseCaseFileDialogProps {
  doc: DocumentRecord;
  /** Insert a stand-alone document, or move it from its file (then a reason is required). */
  mode: 'insert' | 'move';
  onClose: () => void;
}

/** Vložení do spisu / přesun do jiného spisu: pick an open case file. */
export function ChooseCaseFileDialog({ doc, mode, onClose }: ChooseCaseFileDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  useFocusOnOpen(searchRef);
  const move = mode === 'move';

  const submit = async () => {
    const missing = [
      ...(target ? [] : [{ path: 'caseFileId', message: 'caseFiles.picker.required' }]),
      ...(move && !reason.trim()
        ? [{ path: 'reason', message: 'validation.reason.required' }]
        : []),
    ];
    if (missing.length > 0) {
      command.showIssues(missing);
      return;
    }
    const ok = await command.run(
      () =>
        move
          ? moveToCaseFile(db, { pid: doc.pid, caseFileId: target, reason })
          : insertIntoCaseFile(db, { pid: doc.pid, caseFileId: target }),
      () =>
        t(move ? 'caseFiles.move.done' : 'caseFiles.join.done', {
          referenceNumber: doc.referenceNumber,
        }),
    );
    if (ok) onClose();
  };

  return (
    <Dialog
      open
      wide
      title={t(move ? 'caseFiles.move.title' : 'caseFiles.join.title', {
        referenceNumber: doc.referenceNumber,
      })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="submit"
            form="case-choose-form"
            className="button button--primary"
            disabled={command.working}
          >
            {command.working
              ? t('caseFiles.working')
              : t(move ? 'caseFiles.move.confirm' : 'caseFiles.join.confirm')}
          </button>
        </>
      }
    >
      <form
        id="case-choose-form"
        className="case-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="case-form__subject">{doc.subject}</p>
        <CaseFilePicker
          value={target}
          onChange={setTarget}
          exclude={doc.caseFileId}
          error={command.fieldError('caseFileId')}
          searchRef={searchRef}
        />
        {move ? (
          <Field
            label={t('caseFiles.move.reason')}
            required
            error={command.fieldError('reason')}
            hint={t('caseFiles.reasonHint', { max: REASON_MAX })}
          >
            <textarea
              className="textarea"
              value={reason}
              maxLength={REASON_MAX}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
        ) : null}
        {command.failure && !command.fieldError('caseFileId') && !command.fieldError('reason') ? (
          <p className="field__error" role="alert">
            {command.failure}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
